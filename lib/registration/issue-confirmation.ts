import type { Executor } from '@/db';
import type { Locale, User } from '@/db/schema';
import { mailUrl } from '@/lib/mail/links';
import { sendMail } from '@/lib/mail/send-mail';
import { createEmailLink } from '@/lib/security/email-links';

export const CONFIRMATION_VALID_DAYS = 7;

/**
 * A new confirmation link for the profile: its token's hash, and the mail with the token, both in the caller's
 * transaction. Older links are the caller's business (a first registration has none).
 */
export async function issueConfirmationLink(
  tx: Executor,
  user: Pick<User, 'id' | 'email' | 'firstName'>,
  options: { locale: Locale; appUrl: string; now: Date },
): Promise<void> {
  const token = await createEmailLink(tx, user, 'confirm_email', {
    ms: CONFIRMATION_VALID_DAYS * 24 * 60 * 60 * 1000,
    from: options.now,
  });
  await sendMail(tx, {
    to: user.email,
    template: 'confirm-email',
    locale: options.locale,
    data: {
      firstName: user.firstName,
      confirmUrl: mailUrl(options.appUrl, options.locale, `/bestaetigen?token=${token}`),
      validDays: CONFIRMATION_VALID_DAYS,
    },
  });
}
