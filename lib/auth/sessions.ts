import type { Database, Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { createSession, deleteSession } from '@/db/queries/sessions';
import { auditIpHash } from '@/lib/security/ip-hash';
import { newToken } from '@/lib/security/tokens';
import { browserFamily } from './browser-family';

/** A working day, counted from sign-in: however often the session is used, it ends then. */
export const SESSION_HOURS = 8;

/** The row behind a new sign-in; its id goes into the sealed grant and from there into the Auth.js cookie. */
export async function startSession(
  db: Executor,
  input: { userId: string; ip: string; userAgent: string | null },
  now = new Date(),
): Promise<string> {
  const session = await createSession(db, {
    id: newToken(),
    userId: input.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 60 * 60 * 1000),
    lastUsedAt: now,
    browser: browserFamily(input.userAgent),
    ipHash: auditIpHash(input.ip),
  });
  return session.id;
}

/** "Abmelden": the row goes, so a copy of the cookie taken before no longer signs anyone in. */
export async function endSession(db: Database, sessionId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (await deleteSession(tx, sessionId, userId)) await recordAudit(tx, { event: 'sign_out', userId });
  });
}
