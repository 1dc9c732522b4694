import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { deleteSession, deleteSessionsForUser } from '@/db/queries/sessions';
import { auditIpHash } from '@/lib/security/ip-hash';

/**
 * "Beenden" on another of the person's sessions. Keyed by the person's id: an id of someone else's session (or one
 * already gone) changes nothing and writes nothing. This browser's own session ends with "Abmelden" instead.
 */
export async function endOtherSession(
  db: Database,
  input: { userId: string; sessionId: string; currentSessionId: string; ip: string },
): Promise<boolean> {
  if (input.sessionId === input.currentSessionId) return false;
  return db.transaction(async (tx) => {
    const ended = await deleteSession(tx, input.sessionId, input.userId);
    if (ended) await recordAudit(tx, { event: 'session_ended', userId: input.userId, ipHash: auditIpHash(input.ip) });
    return ended;
  });
}

/** "Überall abmelden": every session of the person ends, this browser's included. */
export async function signOutEverywhere(db: Database, input: { userId: string; ip: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await deleteSessionsForUser(tx, input.userId);
    await recordAudit(tx, { event: 'signed_out_everywhere', userId: input.userId, ipHash: auditIpHash(input.ip), details: { ended } });
    return ended;
  });
}
