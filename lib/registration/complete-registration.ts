import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findCompanyForEmail } from '@/db/queries/companies';
import { hasConsent, recordConsent } from '@/db/queries/consents';
import { revokeEmailTokens } from '@/db/queries/email-tokens';
import { createUser, findUserByEmail, replaceUnconfirmedUser } from '@/db/queries/users';
import type { Gender, Locale } from '@/db/schema';
import { EMAIL_INFORMATION_VERSION, TERMS_OF_USE_VERSION } from '@/lib/legal/versions';
import { sendMail } from '@/lib/mail/send-mail';
import { issueConfirmationLink } from './issue-confirmation';
import { mailUrl } from '@/lib/mail/links';

export { CONFIRMATION_VALID_DAYS } from './issue-confirmation';

export type CompletedDraft = {
  firstName: string;
  lastName: string;
  email: string;
  passwordHash: string;
  officeWorkplace: boolean;
  disciplinaryReports: boolean;
  birthYear: number | null;
  gender: Gender | null;
  language: Locale | null;
};

export type RegistrationInput = {
  draft: CompletedDraft;
  emailInformation: boolean;
  /** The page's language; the chosen Sprache wins for the mail. */
  pageLocale: Locale;
  appUrl: string;
  now?: Date;
};

export type RegistrationOutcome = 'registered' | 'replaced' | 'existing-confirmed' | 'not-a-customer';

/**
 * "Akzeptieren": in one transaction, the unconfirmed profile, the consent ledger rows, the confirmation token
 * (its hash) and the mail in the outbox. An address with a confirmed profile changes nothing and gets a notice
 * instead; the person registering sees the same success page either way.
 */
export async function completeRegistration(db: Database, input: RegistrationInput): Promise<RegistrationOutcome> {
  const now = input.now ?? new Date();
  const { draft } = input;
  const locale = draft.language ?? input.pageLocale;

  return db.transaction(async (tx) => {
    const company = await findCompanyForEmail(tx, draft.email);
    if (!company) return 'not-a-customer';

    const existing = await findUserByEmail(tx, draft.email);
    if (existing?.confirmedAt) {
      const mailLocale = existing.language ?? locale;
      await sendMail(tx, {
        to: existing.email,
        template: 'already-registered',
        locale: mailLocale,
        data: {
          firstName: existing.firstName,
          signInUrl: mailUrl(input.appUrl, mailLocale, '/anmelden'),
          resetUrl: mailUrl(input.appUrl, mailLocale, '/passwort-vergessen'),
        },
      });
      await recordAudit(tx, { event: 'registration_existing_confirmed', userId: existing.id });
      return 'existing-confirmed';
    }

    const profile = { ...draft, companyId: company.id, confirmedAt: null };
    const user = existing ? await replaceUnconfirmedUser(tx, existing.id, profile) : await createUser(tx, profile);
    if (existing) await revokeEmailTokens(tx, user.id, 'confirm_email', now);

    await recordConsent(tx, { userId: user.id, kind: 'terms_of_use', textVersion: TERMS_OF_USE_VERSION, granted: true });
    const hadEmailConsent = existing ? await hasConsent(tx, user.id, 'email_information') : false;
    if (input.emailInformation || hadEmailConsent) {
      await recordConsent(tx, {
        userId: user.id,
        kind: 'email_information',
        textVersion: EMAIL_INFORMATION_VERSION,
        granted: input.emailInformation,
      });
    }

    await issueConfirmationLink(tx, user, { locale, appUrl: input.appUrl, now });
    await recordAudit(tx, {
      event: existing ? 'registration_replaced' : 'registration_completed',
      userId: user.id,
      details: { company: company.name },
    });
    return existing ? 'replaced' : 'registered';
  });
}
