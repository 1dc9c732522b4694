import type { Executor } from '@/db';
import type { Locale, Registration } from '@/db/schema';
import { mailUrl } from '@/lib/mail/links';
import { sendMail } from '@/lib/mail/send-mail';
import { createEmailLink } from '@/lib/security/email-links';
import { routes, withQuery } from '@/lib/routes';

export const CONFIRMATION_VALID_DAYS = 7;
export const CONFIRMATION_VALID_MS = CONFIRMATION_VALID_DAYS * 24 * 60 * 60 * 1000;

/**
 * A new confirmation link for a registration attempt: its token's hash, and the mail with the token, both in the
 * caller's transaction. The mail names nobody: it goes to an address nobody has confirmed yet, and a stranger's
 * "name" ("Ihr Konto wird gesperrt, rufen Sie … an") must not reach its inbox as our text.
 */
export async function issueConfirmationLink(
  tx: Executor,
  registration: Pick<Registration, 'email'> & { id: Registration['id'] | null },
  options: { locale: Locale; appUrl: string; now: Date },
): Promise<void> {
  const expiresAt = new Date(options.now.getTime() + CONFIRMATION_VALID_MS);
  const token = await createEmailLink(tx, {
    owner: { registrationId: registration.id },
    email: registration.email,
    purpose: 'confirm_email',
    validFor: { ms: CONFIRMATION_VALID_MS, from: options.now },
  });
  await sendMail(tx, {
    to: registration.email,
    template: 'confirm-email',
    locale: options.locale,
    discardAfter: expiresAt,
    data: {
      confirmUrl: mailUrl(options.appUrl, options.locale, withQuery(routes.confirmLink, { token })),
      validDays: CONFIRMATION_VALID_DAYS,
    },
  });
}
