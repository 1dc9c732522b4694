import type { Executor } from '@/db';
import { findUserById } from '@/db/queries/users';
import type { User } from '@/db/schema';

type SessionToken = { sub?: string; sv?: number };

/**
 * Whether a session token still stands: its person exists, is confirmed, and has the session version the token
 * was issued with. A new password raises the version; deleting the profile removes the person. Either way every
 * session of theirs ends at its next request, on every instance. `loadUser` lets a request share one read.
 */
export async function isSessionCurrent(
  db: Executor,
  token: SessionToken,
  loadUser: (id: string) => Promise<User | undefined> = (id) => findUserById(db, id),
): Promise<boolean> {
  if (!token.sub || typeof token.sv !== 'number') return false;
  const user = await loadUser(token.sub);
  return Boolean(user?.confirmedAt) && user?.sessionVersion === token.sv;
}
