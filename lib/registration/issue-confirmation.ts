import type { Executor } from '@/db';
import { createEmailToken } from '@/db/queries/email-tokens';
import type { Locale, User } from '@/db/schema';
import { sendMail } from '@/lib/mail/send-mail';
import { hashToken, newToken } from '@/lib/security/tokens';
import { mailUrl } from '@/lib/mail/links';

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
  const token = newToken();
  await createEmailToken(tx, {
    userId: user.id,
    purpose: 'confirm_email',
    tokenHash: hashToken(token),
    email: user.email,
    expiresAt: new Date(options.now.getTime() + CONFIRMATION_VALID_DAYS * 24 * 60 * 60 * 1000),
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
