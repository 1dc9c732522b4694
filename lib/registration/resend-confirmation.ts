import type { Database } from '@/db';
import { revokeEmailTokens } from '@/db/queries/email-tokens';
import { restartUnconfirmedClock } from '@/db/queries/unconfirmed-profiles';
import { findUserByEmail } from '@/db/queries/users';
import type { Locale } from '@/db/schema';
import { hitRateLimit, type RateLimitRule } from '@/lib/security/rate-limit';
import { issueConfirmationLink } from './issue-confirmation';

export type ResendInput = { email: string; pageLocale: Locale; appUrl: string; now?: Date };

/**
 * A fresh confirmation link for an unconfirmed profile: older links stop working (and explain that a newer one
 * replaced them), and the 7 days the profile is kept start again, as with a new registration. Unknown,
 * confirmed and bouncing addresses get nothing; callers must answer every address the same way.
 */
export async function resendConfirmation(db: Database, input: ResendInput): Promise<'sent' | 'nothing'> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    if (!user || user.confirmedAt || user.mailBouncedAt) return 'nothing';
    await revokeEmailTokens(tx, user.id, 'confirm_email', now);
    await restartUnconfirmedClock(tx, user.id, now);
    await issueConfirmationLink(tx, user, { locale: user.language ?? input.pageLocale, appUrl: input.appUrl, now });
    return 'sent';
  });
}

export const RESEND_LIMIT_PER_ADDRESS: RateLimitRule = { name: 'resend-confirmation:address', limit: 3, windowSeconds: 3600 };
export const RESEND_LIMIT_PER_IP: RateLimitRule = { name: 'resend-confirmation:ip', limit: 20, windowSeconds: 3600 };

export type ResendRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The "Bestätigungs-E-Mail erneut senden" form: counts the attempt for the address and the IP (every address,
 * known or not, so the limit itself reveals nothing), then sends if both allow it. With `schedule` the sending
 * runs later (after the response), so the answer takes the same time for every address.
 */
export async function requestConfirmationResend(
  db: Database,
  input: ResendInput & { ip: string },
  options: { schedule?: (send: () => Promise<unknown>) => void } = {},
): Promise<ResendRequestResult> {
  const now = input.now ?? new Date();
  const [byAddress, byIp] = await Promise.all([
    hitRateLimit(db, RESEND_LIMIT_PER_ADDRESS, input.email, now),
    hitRateLimit(db, RESEND_LIMIT_PER_IP, input.ip, now),
  ]);
  if (!byAddress.ok || !byIp.ok) {
    const waits = [byAddress, byIp].map((r) => (r.ok ? 0 : r.retryAfterSeconds));
    return { ok: false, retryAfterSeconds: Math.max(...waits) };
  }
  const send = () => resendConfirmation(db, { ...input, now });
  if (options.schedule) options.schedule(send);
  else await send();
  return { ok: true };
}
