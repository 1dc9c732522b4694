import type { Executor } from '@/db';
import { createEmailToken, findEmailToken, type TokenOwner, type TokenPurpose } from '@/db/queries/email-tokens';
import { findUserById } from '@/db/queries/users';
import { hashToken, newToken } from './tokens';

/**
 * A new link for a mail: a fresh token whose SHA-256 is stored with its owner, the address and the expiry, in
 * the caller's transaction. Returns the token, which goes into the mail and nowhere else.
 */
export async function createEmailLink(
  tx: Executor,
  link: { owner: TokenOwner; email: string; purpose: TokenPurpose; validFor: { ms: number; from: Date } },
): Promise<string> {
  const token = newToken();
  await createEmailToken(tx, {
    ...link.owner,
    purpose: link.purpose,
    tokenHash: hashToken(token),
    email: link.email,
    expiresAt: new Date(link.validFor.from.getTime() + link.validFor.ms),
  });
  return token;
}

/**
 * A profile's link token from a mail with the person it was sent to, locked for the transaction. Bound to the
 * address it went to: after the profile's address changed, the link is worth nothing. Whether it is used,
 * replaced or expired is the caller's question.
 */
export async function findEmailLink(tx: Executor, token: string, purpose: TokenPurpose) {
  const row = await findEmailToken(tx, hashToken(token), purpose);
  if (!row?.userId) return undefined;
  const user = await findUserById(tx, row.userId);
  if (!user || user.email.toLowerCase() !== row.email.toLowerCase()) return undefined;
  return { row, user };
}
