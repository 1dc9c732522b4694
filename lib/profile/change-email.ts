import type { Database, Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findCompanyForEmail } from '@/db/queries/companies';
import { type EmailToken, findEmailToken, revokeConfirmationTokensForEmail, revokeEmailTokens, useEmailToken } from '@/db/queries/email-tokens';
import { deleteRegistrationsForEmail, lockAddressForConfirmation } from '@/db/queries/registrations';
import { deleteSessionsForUser } from '@/db/queries/sessions';
import { findUserByEmail, findUserById, setUserEmail } from '@/db/queries/users';
import type { Locale, User } from '@/db/schema';
import { consentsUrl, mailUrl } from '@/lib/mail/links';
import { sendMail } from '@/lib/mail/send-mail';
import { confirmationMailsPerAddress, existingNoticesPerAddress } from '@/lib/registration/limits';
import { routes, withQuery } from '@/lib/routes';
import { createEmailLink } from '@/lib/security/email-links';
import { auditIpHash } from '@/lib/security/ip-hash';
import { hitRateLimit, type RateLimitRule } from '@/lib/security/rate-limit';
import { hashToken, looksLikeToken } from '@/lib/security/tokens';
import { maskEmail } from './mask-email';

export const EMAIL_CHANGE_VALID_HOURS = 24;
const EMAIL_CHANGE_VALID_MS = EMAIL_CHANGE_VALID_HOURS * 60 * 60 * 1000;

/** Each request is a mail to an address of the person's choosing: 3 an hour per profile. */
export const changeMailsPerUser: RateLimitRule = { name: 'email-change-user', limit: 3, windowSeconds: 60 * 60 };

export type EmailChangeRequest = {
  user: Pick<User, 'id' | 'email' | 'language'>;
  newEmail: string;
  ip: string;
  pageLocale: Locale;
  appUrl: string;
};

/**
 * 'sent' (a link to the new address), 'in-use' (a notice to the owner of the address instead) and 'mail-limited'
 * (no mail: too many to that address) all answer "we sent a link", as registration answers every address alike.
 */
export type EmailChangeRequestOutcome =
  | { outcome: 'sent' | 'in-use' | 'mail-limited' | 'same' | 'not-a-customer' }
  | { outcome: 'limited'; retryAfterSeconds: number };

/**
 * "Bestätigungslink senden" once the current password was confirmed, in one transaction: the new address must
 * belong to an active customer company (the registration's rule). Free, it gets a single-use link (valid 24 h,
 * replacing any earlier one); taken by another profile, its owner gets a notice and nothing changes. The profile
 * keeps its address until the link is confirmed.
 */
export async function requestEmailChange(db: Database, input: EmailChangeRequest, now = new Date()): Promise<EmailChangeRequestOutcome> {
  const { user } = input;
  // Stored lowercased, as registration stores addresses.
  const newEmail = input.newEmail.trim().toLowerCase();
  if (newEmail === user.email.toLowerCase()) return { outcome: 'same' };
  return db.transaction(async (tx) => {
    const company = await findCompanyForEmail(tx, newEmail);
    if (!company) return { outcome: 'not-a-customer' };
    const perUser = await hitRateLimit(tx, changeMailsPerUser, user.id, now);
    if (!perUser.ok) return { outcome: 'limited', retryAfterSeconds: perUser.retryAfterSeconds };
    const audit = (outcome: string) =>
      recordAudit(tx, { event: 'email_change_requested', userId: user.id, ipHash: auditIpHash(input.ip), details: { outcome, company: company.name } });

    const holder = await findUserByEmail(tx, newEmail);
    if (holder) {
      if (!(await hitRateLimit(tx, existingNoticesPerAddress, newEmail, now)).ok) return { outcome: 'mail-limited' };
      const locale = holder.language ?? input.pageLocale;
      await sendMail(tx, {
        to: holder.email,
        template: 'email-in-use',
        locale,
        data: {
          firstName: holder.firstName,
          signInUrl: mailUrl(input.appUrl, locale, routes.signIn),
          resetUrl: mailUrl(input.appUrl, locale, routes.forgotPassword),
          consentsUrl: consentsUrl(input.appUrl, locale),
        },
      });
      await audit('in_use');
      return { outcome: 'in-use' };
    }

    if (!(await hitRateLimit(tx, confirmationMailsPerAddress, newEmail, now)).ok) return { outcome: 'mail-limited' };
    await revokeEmailTokens(tx, user.id, 'change_email', now);
    const validFor = { ms: EMAIL_CHANGE_VALID_MS, from: now };
    const token = await createEmailLink(tx, { owner: { userId: user.id }, email: newEmail, purpose: 'change_email', validFor });
    const locale = user.language ?? input.pageLocale;
    await sendMail(tx, {
      to: newEmail,
      template: 'email-change-confirm',
      locale,
      discardAfter: new Date(now.getTime() + EMAIL_CHANGE_VALID_MS),
      data: {
        confirmUrl: mailUrl(input.appUrl, locale, withQuery(routes.profileEmailConfirm, { token }) as `/${string}`),
        validHours: EMAIL_CHANGE_VALID_HOURS,
      },
    });
    await audit('sent');
    return { outcome: 'sent' };
  });
}

export type ChangeLinkState = 'pending' | 'already' | 'replaced' | 'expired' | 'invalid';
export type EmailChangeResult = Exclude<ChangeLinkState, 'pending'> | 'changed' | 'refused';

type Inspection = { state: Exclude<ChangeLinkState, 'pending'> } | { state: 'pending'; link: EmailToken; user: User };

/** What a change link stands for, read only: its owner and the new address, or why it no longer counts. */
async function inspect(db: Executor, token: unknown, now: Date, lock: boolean): Promise<Inspection> {
  if (!looksLikeToken(token)) return { state: 'invalid' };
  const link = await findEmailToken(db, hashToken(token), 'change_email', { lock });
  const user = link?.userId ? await findUserById(db, link.userId) : undefined;
  if (!link || !user) return { state: 'invalid' };
  if (link.usedAt) return { state: 'already' };
  if (link.revokedAt) return { state: 'replaced' };
  if (link.expiresAt <= now) return { state: 'expired' };
  return { state: 'pending', link, user };
}

/** For the page behind the link (a GET changes nothing): whose profile, which new address, asked for when. */
export async function inspectEmailChangeLink(db: Executor, token: unknown, now = new Date()) {
  const found = await inspect(db, token, now, false);
  if (found.state !== 'pending') return found;
  const { link, user } = found;
  return { state: 'pending' as const, firstName: user.firstName, lastName: user.lastName, newEmail: link.email, requestedAt: link.createdAt };
}

export type EmailChangeConfirmation = {
  token: unknown;
  /** The confirming browser's session, if any: kept when it is the owner's; every other session of the owner ends. */
  keepSessionId?: string;
  pageLocale: Locale;
  appUrl: string;
};

/**
 * "Neue E-Mail-Adresse bestätigen" (a POST, never the link itself), in one transaction serialised with every
 * other confirmation of the same address: the address must still be free and belong to an active customer
 * company. The profile takes the address and that company; the link is used up, other change links and reset
 * links (sent to the old address) stop working, pending registrations of the new address go, every session of the
 * person but the confirming one ends, and the old address gets a notice with the new one masked.
 */
export async function confirmEmailChange(
  db: Database,
  input: EmailChangeConfirmation,
  now = new Date(),
): Promise<{ result: EmailChangeResult; user?: User }> {
  return db.transaction(async (tx) => {
    if (!looksLikeToken(input.token)) return { result: 'invalid' };
    const peeked = await findEmailToken(tx, hashToken(input.token), 'change_email', { lock: false });
    if (peeked) await lockAddressForConfirmation(tx, peeked.email);
    const found = await inspect(tx, input.token, now, true);
    if (found.state !== 'pending') return { result: found.state };
    const { link, user } = found;
    const company = await findCompanyForEmail(tx, link.email);
    const holder = await findUserByEmail(tx, link.email);
    if (holder?.id === user.id) return { result: 'already' };
    if (!company || holder) return { result: 'refused' };
    if (!(await useEmailToken(tx, link.id, now))) return { result: 'already' };

    const updated = await setUserEmail(tx, user.id, { email: link.email, companyId: company.id }, now);
    await revokeEmailTokens(tx, user.id, 'change_email', now);
    await revokeEmailTokens(tx, user.id, 'reset_password', now);
    await revokeConfirmationTokensForEmail(tx, link.email, now);
    await deleteRegistrationsForEmail(tx, link.email);
    const sessionsEnded = await deleteSessionsForUser(tx, user.id, { except: input.keepSessionId });
    const locale = user.language ?? input.pageLocale;
    await sendMail(tx, {
      to: user.email,
      template: 'email-changed',
      locale,
      data: { firstName: user.firstName, maskedEmail: maskEmail(link.email), changedAt: now },
    });
    await recordAudit(tx, {
      event: 'email_changed',
      userId: user.id,
      details: { company: company.name, companyChanged: company.id !== user.companyId, sessionsEnded },
    });
    return { result: 'changed', user: updated };
  });
}
