import type { Executor } from '@/db';
import { findUserById } from '@/db/queries/users';

/**
 * Whether a session token still stands: its person exists, is confirmed, and has the session version the token
 * was issued with. A new password raises the version; deleting the profile removes the person. Either way every
 * session of theirs ends at its next request, on every instance.
 */
export async function isSessionCurrent(db: Executor, token: { sub?: string; sv?: number }): Promise<boolean> {
  if (!token.sub || typeof token.sv !== 'number') return false;
  const user = await findUserById(db, token.sub);
  return Boolean(user?.confirmedAt) && user?.sessionVersion === token.sv;
}
