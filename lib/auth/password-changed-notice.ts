import type { Executor } from '@/db';
import type { Locale, User } from '@/db/schema';
import { consentsUrl, mailUrl } from '@/lib/mail/links';
import { sendMail } from '@/lib/mail/send-mail';
import { routes } from '@/lib/routes';

/**
 * "Ihr Passwort wurde geändert", in the caller's transaction, after every new password (the profile's form and
 * the reset link alike): when it happened, and the reset page for a person who did not do it.
 */
export async function sendPasswordChangedNotice(
  tx: Executor,
  user: Pick<User, 'email' | 'firstName' | 'language'>,
  options: { pageLocale: Locale; appUrl: string; at: Date },
): Promise<void> {
  const locale = user.language ?? options.pageLocale;
  await sendMail(tx, {
    to: user.email,
    template: 'password-changed',
    locale,
    data: {
      firstName: user.firstName,
      changedAt: options.at,
      resetUrl: mailUrl(options.appUrl, locale, routes.forgotPassword),
      consentsUrl: consentsUrl(options.appUrl, locale),
    },
  });
}
