import type { Database, Transaction } from '@/db';
import type { z } from 'zod';

/**
 * Why an operator action was refused. The codes are what the console translates; the command line prints the
 * English sentence of lib/operations/describe-refusal.ts.
 */
export type RefusalCode =
  | 'invalidCompanyName'
  | 'invalidCompany'
  | 'invalidDomain'
  | 'invalidEmail'
  | 'invalidSlug'
  | 'invalidContentFile'
  | 'unknownCompany'
  | 'companyNameTaken'
  | 'domainTaken'
  | 'unknownSlug'
  | 'noProfile'
  | 'notConfirmed'
  | 'slugTaken'
  | 'notPending'
  | 'noFailedMail';

export type Refused = { ok: false; code: RefusalCode; values: Record<string, string> };
export type OpsResult<T> = ({ ok: true } & T) | Refused;

export const refuse = (code: RefusalCode, values: Record<string, string> = {}): Refused => ({ ok: false, code, values });

/** Thrown inside a transaction to roll it back and answer with the refusal. */
class Refusal extends Error {
  constructor(readonly refused: Refused) {
    super(refused.code);
  }
}

export function refuseAndRollBack(code: RefusalCode, values: Record<string, string> = {}): never {
  throw new Refusal(refuse(code, values));
}

/** One transaction for the whole action; a refusal inside it undoes everything written so far. */
export async function inTransaction<R>(db: Database, body: (tx: Transaction) => Promise<R>): Promise<R | Refused> {
  try {
    return await db.transaction(body);
  } catch (error) {
    if (error instanceof Refusal) return error.refused;
    throw error;
  }
}

/** The parsed value, or the refusal naming what was wrong with it (zod's first issue, without the value). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, code: RefusalCode): { ok: true; value: z.output<S> } | Refused {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return refuse(code, { input: typeof value === 'string' ? value : '', reason: parsed.error.issues[0]?.message ?? '' });
}
