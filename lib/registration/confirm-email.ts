import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { useEmailToken } from '@/db/queries/email-tokens';
import { markUserConfirmed } from '@/db/queries/users';
import { findEmailLink } from '@/lib/security/email-links';
import { looksLikeToken } from '@/lib/security/tokens';

export type ConfirmationResult = 'confirmed' | 'already' | 'replaced' | 'expired' | 'invalid';

/**
 * Opening a confirmation link. Safe to repeat (mail scanners open links before people do): a used link answers
 * "already confirmed", a link replaced by a newer registration says so, an expired one too.
 */
export async function confirmEmail(db: Database, token: unknown, now = new Date()): Promise<ConfirmationResult> {
  if (!looksLikeToken(token)) return 'invalid';
  return db.transaction(async (tx) => {
    const link = await findEmailLink(tx, token, 'confirm_email');
    if (!link) return 'invalid';
    const { row, user } = link;
    if (row.usedAt) return 'already';
    if (row.revokedAt) return user.confirmedAt ? 'already' : 'replaced';
    if (row.expiresAt < now) return 'expired';
    if (!(await useEmailToken(tx, row.id, now))) return 'already';
    await markUserConfirmed(tx, user.id, now);
    await recordAudit(tx, { event: 'email_confirmed', userId: user.id });
    return 'confirmed';
  });
}
