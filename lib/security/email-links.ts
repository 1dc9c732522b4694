import type { Executor } from '@/db';
import { findEmailToken, type TokenPurpose } from '@/db/queries/email-tokens';
import { findUserById } from '@/db/queries/users';
import { hashToken } from './tokens';

/**
 * A link token from a mail with the person it was sent to, locked for the transaction. Bound to the address it
 * went to: after the profile's address changed, the link is worth nothing. Whether it is used, replaced or
 * expired is the caller's question (a confirmation link explains each; a reset link just stops working).
 */
export async function findEmailLink(tx: Executor, token: string, purpose: TokenPurpose) {
  const row = await findEmailToken(tx, hashToken(token), purpose);
  if (!row) return undefined;
  const user = await findUserById(tx, row.userId);
  if (!user || user.email.toLowerCase() !== row.email.toLowerCase()) return undefined;
  return { row, user };
}
