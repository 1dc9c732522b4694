import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import type { User } from '@/db/schema';
import { auditIpHash } from '@/lib/security/ip-hash';
import { verifyPassword } from '@/lib/security/passwords';
import { refundSignInAttempt, reserveSignInAttempt } from './throttle';

export type PasswordCheck = { ok: true } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * The current password, asked again before a change of access (password, address, deletion, signing out
 * everywhere): counted on the sign-in throttle of the person's address and this IP, so a copied session cookie
 * gives no faster way to guess the password than the sign-in mask does.
 */
export async function confirmCurrentPassword(
  db: Database,
  user: Pick<User, 'id' | 'email' | 'passwordHash'>,
  input: { password: string; ip: string; action: string },
  now = new Date(),
): Promise<PasswordCheck> {
  const ipHash = auditIpHash(input.ip);
  const reservation = await reserveSignInAttempt(db, user.email, input.ip, now);
  if (!reservation.ok) {
    await recordAudit(db, { event: 'sign_in_throttled', userId: user.id, ipHash, details: { action: input.action } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordAudit(db, { event: 'sign_in_failed', userId: user.id, ipHash, details: { reason: 'wrong_password', action: input.action } });
    return { ok: false, reason: 'wrong' };
  }
  await refundSignInAttempt(db, reservation, now);
  return { ok: true };
}
