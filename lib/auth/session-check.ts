import type { Executor } from '@/db';
import { deleteSession, findSessionWithUser, touchSession } from '@/db/queries/sessions';
import type { Session, User } from '@/db/schema';

/** How stale `last_used_at` may get: a few minutes' precision keeps most requests free of writes. */
export const LAST_USED_PRECISION_MS = 5 * 60 * 1000;

export type CurrentSession = { session: Session; user: User };

/**
 * Whether a session id from a cookie still stands, on every request: its row exists (sign-out, a new password or
 * a deleted profile delete it) and its fixed end has not come. An ended session's row is deleted on sight.
 */
export async function checkSession(db: Executor, sessionId: unknown, now = new Date()): Promise<CurrentSession | undefined> {
  if (typeof sessionId !== 'string' || sessionId.length > 100) return undefined;
  const found = await findSessionWithUser(db, sessionId);
  if (!found) return undefined;
  if (found.session.expiresAt <= now) {
    await deleteSession(db, found.session.id, found.user.id);
    return undefined;
  }
  const staleSince = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  if (found.session.lastUsedAt <= staleSince) {
    await touchSession(db, found.session.id, now, staleSince);
    return { ...found, session: { ...found.session, lastUsedAt: now } };
  }
  return found;
}
