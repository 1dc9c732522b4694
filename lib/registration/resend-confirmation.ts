import { randomUUID } from 'node:crypto';
import type { Database } from '@/db';
import { revokeRegistrationTokens } from '@/db/queries/email-tokens';
import { recordAudit } from '@/db/queries/audit-log';
import { findNewestRegistration, keepRegistrationUntil } from '@/db/queries/registrations';
import type { Locale } from '@/db/schema';
import type { LimitCheck } from '@/lib/forms/limits';
import type { RateLimitRule } from '@/lib/security/rate-limit';
import { writeOrRehearse } from '@/lib/security/write-or-rehearse';
import { CONFIRMATION_VALID_MS, issueConfirmationLink } from './issue-confirmation';
import { confirmationMailsPerAddress } from './limits';

/** Per IP, on top of the per-address limit the resend shares with registration (3 confirmation mails an hour). */
export const resendPerIp: RateLimitRule = { name: 'resend-confirmation-ip', limit: 20, windowSeconds: 3600 };

/** What each request of the form counts, known address or not, so reaching a limit reveals nothing either. */
export function resendLimits(email: string, ip: string): LimitCheck[] {
  return [
    { rule: confirmationMailsPerAddress, subject: email },
    { rule: resendPerIp, subject: ip },
  ];
}

export type ResendInput = { email: string; pageLocale: Locale; appUrl: string; now?: Date };

/**
 * "Bestätigungs-E-Mail erneut senden", after the response: a fresh link for the newest registration attempt of
 * the address. Its older links stop working (and explain that a newer one replaced them), and the attempt is
 * kept another 7 days. An address without a pending registration runs the same statements on an attempt that
 * does not exist, rolled back (writeOrRehearse): the work done after the answer is the same for every address.
 */
export async function resendConfirmation(db: Database, input: ResendInput): Promise<'sent' | 'nothing'> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const registration = await findNewestRegistration(tx, input.email);
    const locale = registration?.language ?? input.pageLocale;
    await recordAudit(tx, { event: 'confirmation_resend_requested', details: { known: Boolean(registration) } });
    await writeOrRehearse(tx, Boolean(registration), async (savepoint) => {
      const id = registration?.id ?? randomUUID();
      await revokeRegistrationTokens(savepoint, id, now);
      await keepRegistrationUntil(savepoint, id, new Date(now.getTime() + CONFIRMATION_VALID_MS));
      const attempt = registration ?? { id: null, email: input.email.toLowerCase() };
      await issueConfirmationLink(savepoint, attempt, { locale, appUrl: input.appUrl, now });
    });
    return registration ? 'sent' : 'nothing';
  });
}
