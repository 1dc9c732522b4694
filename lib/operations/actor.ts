/**
 * Who runs an operator action: a signed-in operator (the console), or the command line, which has no account.
 * Every action writes an audit event saying which.
 */
export type Actor = { operatorId: string } | { via: 'cli' };

export const cliActor: Actor = { via: 'cli' };

type Details = Record<string, string | number | boolean | null>;

/** An audit entry's user id and details: the operator's id (or `via: 'cli'`) and what the action was about. */
export function auditedBy(actor: Actor, details: Details): { userId?: string; details: Details } {
  return 'operatorId' in actor ? { userId: actor.operatorId, details } : { details: { via: actor.via, ...details } };
}
