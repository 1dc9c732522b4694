import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findCompanyForEmail } from '@/db/queries/companies';
import { createRegistration } from '@/db/queries/registrations';
import { findUserByEmail } from '@/db/queries/users';
import type { Locale } from '@/db/schema';
import { EMAIL_INFORMATION_VERSION, TERMS_OF_USE_VERSION } from '@/lib/legal/versions';
import { consentsUrl, mailUrl } from '@/lib/mail/links';
import { sendMail } from '@/lib/mail/send-mail';
import { hitRateLimit } from '@/lib/security/rate-limit';
import type { RegistrationData } from './answers';
import { CONFIRMATION_VALID_DAYS, issueConfirmationLink } from './issue-confirmation';
import { confirmationMailsPerAddress, draftUses, existingNoticesPerAddress } from './limits';
import { routes } from '@/lib/routes';

export { CONFIRMATION_VALID_DAYS };

export type RegistrationInput = {
  data: RegistrationData;
  /** The draft's id: a draft is accepted once (see draftUses). */
  draftId: string;
  emailInformation: boolean;
  /** The page's language; the chosen Sprache wins for the mail. */
  pageLocale: Locale;
  appUrl: string;
  now?: Date;
};

/**
 * 'registered': a new attempt and its mail; 'existing-confirmed': a notice to the profile's owner instead;
 * 'mail-limited' / 'replayed': nothing written (too many mails to the address, or a draft used before).
 * The person registering sees the same success page for all four.
 */
export type RegistrationOutcome = 'registered' | 'existing-confirmed' | 'mail-limited' | 'replayed' | 'not-a-customer';

/**
 * "Akzeptieren", in one transaction: the registration attempt with everything entered (consents included), its
 * confirmation link (the token's hash) and the mail in the outbox. Nothing becomes a profile before the address
 * is confirmed (confirm-email.ts). An address with a confirmed profile changes nothing; its owner gets a notice.
 */
export async function completeRegistration(db: Database, input: RegistrationInput): Promise<RegistrationOutcome> {
  const now = input.now ?? new Date();
  const { data } = input;
  const locale = data.language ?? input.pageLocale;

  return db.transaction(async (tx) => {
    const company = await findCompanyForEmail(tx, data.email);
    if (!company) return 'not-a-customer';
    if (!(await hitRateLimit(tx, draftUses, input.draftId, now)).ok) return 'replayed';

    const existing = await findUserByEmail(tx, data.email);
    if (existing) {
      if (!(await hitRateLimit(tx, existingNoticesPerAddress, data.email, now)).ok) return 'mail-limited';
      const mailLocale = existing.language ?? locale;
      await sendMail(tx, {
        to: existing.email,
        template: 'already-registered',
        locale: mailLocale,
        data: {
          firstName: existing.firstName,
          signInUrl: mailUrl(input.appUrl, mailLocale, routes.signIn),
          resetUrl: mailUrl(input.appUrl, mailLocale, routes.forgotPassword),
          consentsUrl: consentsUrl(input.appUrl, mailLocale),
        },
      });
      await recordAudit(tx, { event: 'registration_existing_confirmed', userId: existing.id });
      return 'existing-confirmed';
    }

    if (!(await hitRateLimit(tx, confirmationMailsPerAddress, data.email, now)).ok) return 'mail-limited';
    const registration = await createRegistration(tx, {
      ...data,
      email: data.email.toLowerCase(),
      companyId: company.id,
      pageLocale: input.pageLocale,
      termsVersion: TERMS_OF_USE_VERSION,
      emailInformation: input.emailInformation,
      emailInformationVersion: EMAIL_INFORMATION_VERSION,
      createdAt: now,
      keepUntil: new Date(now.getTime() + CONFIRMATION_VALID_DAYS * 24 * 60 * 60 * 1000),
    });
    await issueConfirmationLink(tx, registration, { locale, appUrl: input.appUrl, now });
    await recordAudit(tx, {
      event: 'registration_completed',
      details: { registration: registration.id, company: company.name },
    });
    return 'registered';
  });
}
