import type { Database, Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findCompanyById } from '@/db/queries/companies';
import { recordConsent } from '@/db/queries/consents';
import { type EmailToken, findEmailToken, revokeConfirmationTokensForEmail, useEmailToken } from '@/db/queries/email-tokens';
import { deleteRegistrationsForEmail, findRegistration, lockAddressForConfirmation } from '@/db/queries/registrations';
import { createUserUnlessTaken, findUserByEmail } from '@/db/queries/users';
import type { Registration } from '@/db/schema';
import { hashToken, looksLikeToken } from '@/lib/security/tokens';

export type LinkState = 'pending' | 'already' | 'replaced' | 'expired' | 'invalid' | 'companyInactive';
export type ConfirmationResult = Exclude<LinkState, 'pending'> | 'confirmed';

type Inspection = { state: Exclude<LinkState, 'pending'> } | { state: 'pending'; link: EmailToken; registration: Registration };

/**
 * What a confirmation link stands for, read only: a mail scanner, a HEAD request or a second click opening it
 * changes nothing. A used link, or one whose address got confirmed through another attempt, says "already
 * confirmed"; one replaced by a resend says so; an expired one too.
 */
async function inspect(db: Executor, token: unknown, now: Date, lock: boolean): Promise<Inspection> {
  if (!looksLikeToken(token)) return { state: 'invalid' };
  const link = await findEmailToken(db, hashToken(token), 'confirm_email', { lock });
  if (!link) return { state: 'invalid' };
  const addressConfirmed = async () => Boolean((await findUserByEmail(db, link.email))?.confirmedAt);
  if (link.usedAt) return { state: 'already' };
  if (link.revokedAt) return { state: (await addressConfirmed()) ? 'already' : 'replaced' };
  if (link.expiresAt <= now) return { state: 'expired' };
  const registration = link.registrationId ? await findRegistration(db, link.registrationId, { lock }) : undefined;
  if (!registration) return { state: (await addressConfirmed()) ? 'already' : 'invalid' };
  // The company left the portal after the registration: no profile of it comes into being (as sign-in refuses).
  if (!(await findCompanyById(db, registration.companyId))?.active) return { state: 'companyInactive' };
  return { state: 'pending', link, registration };
}

/** For the page behind the link: the attempt it would confirm (name, time), or why it would not. */
export async function inspectConfirmationLink(db: Executor, token: unknown, now = new Date()) {
  return inspect(db, token, now, false);
}

/**
 * "E-Mail-Adresse bestätigen" (a POST, never the link itself): makes the profile from exactly the data entered
 * in this link's attempt, writes the consents given with it to the ledger (at the time they were given), uses
 * the link up, and discards every other attempt for the address, whose links then say it is already confirmed.
 */
export async function confirmRegistration(db: Database, token: unknown, now = new Date()): Promise<ConfirmationResult> {
  return db.transaction(async (tx) => {
    if (!looksLikeToken(token)) return 'invalid';
    const peeked = await findEmailToken(tx, hashToken(token), 'confirm_email', { lock: false });
    if (peeked) await lockAddressForConfirmation(tx, peeked.email);
    const found = await inspect(tx, token, now, true);
    if (found.state !== 'pending') return found.state;
    const { link, registration } = found;
    const { id, email, createdAt, termsVersion, emailInformation, emailInformationVersion, pageLocale: locale } = registration;
    const profile = {
      companyId: registration.companyId,
      firstName: registration.firstName,
      lastName: registration.lastName,
      passwordHash: registration.passwordHash,
      officeWorkplace: registration.officeWorkplace,
      disciplinaryReports: registration.disciplinaryReports,
      birthYear: registration.birthYear,
      gender: registration.gender,
      language: registration.language,
    };
    const user = await createUserUnlessTaken(tx, { ...profile, email, confirmedAt: now, createdAt: now, updatedAt: now });
    await useEmailToken(tx, link.id, now);
    await revokeConfirmationTokensForEmail(tx, email, now);
    await deleteRegistrationsForEmail(tx, email);
    if (!user) return 'already';
    await recordConsent(tx, { userId: user.id, kind: 'terms_of_use', textVersion: termsVersion, locale, granted: true, createdAt });
    if (emailInformation) {
      await recordConsent(tx, { userId: user.id, kind: 'email_information', textVersion: emailInformationVersion, locale, granted: true, createdAt });
    }
    await recordAudit(tx, { event: 'email_confirmed', userId: user.id, details: { registration: id } });
    return 'confirmed';
  });
}
