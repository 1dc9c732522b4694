import type { Executor } from '@/db';
import { createEmailToken, findEmailToken, type TokenPurpose } from '@/db/queries/email-tokens';
import { findUserById } from '@/db/queries/users';
import type { User } from '@/db/schema';
import { hashToken, newToken } from './tokens';

/**
 * A new link for a mail to the person: a fresh token whose SHA-256 is stored with the address and the expiry, in
 * the caller's transaction. Returns the token, which goes into the mail and nowhere else.
 */
export async function createEmailLink(
  tx: Executor,
  user: Pick<User, 'id' | 'email'>,
  purpose: TokenPurpose,
  validFor: { ms: number; from: Date },
): Promise<string> {
  const token = newToken();
  await createEmailToken(tx, {
    userId: user.id,
    purpose,
    tokenHash: hashToken(token),
    email: user.email,
    expiresAt: new Date(validFor.from.getTime() + validFor.ms),
  });
  return token;
}

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
