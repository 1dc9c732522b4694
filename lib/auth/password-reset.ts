import { randomUUID } from 'node:crypto';
import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { revokeEmailTokens, useEmailToken } from '@/db/queries/email-tokens';
import { deleteSessionsForUser } from '@/db/queries/sessions';
import { findUserByEmail, setUserPassword } from '@/db/queries/users';
import type { Locale, User } from '@/db/schema';
import { consentsUrl, mailUrl } from '@/lib/mail/links';
import { sendMail } from '@/lib/mail/send-mail';
import { createEmailLink, findEmailLink } from '@/lib/security/email-links';
import { auditIpHash } from '@/lib/security/ip-hash';
import type { LimitCheck } from '@/lib/forms/limits';
import type { RateLimitRule } from '@/lib/security/rate-limit';
import { looksLikeToken } from '@/lib/security/tokens';
import { writeOrRehearse } from '@/lib/security/write-or-rehearse';
import { sendPasswordChangedNotice } from './password-changed-notice';
import { clearSignInFailures } from './throttle';
import { routes, withQuery } from '@/lib/routes';

export const RESET_VALID_MINUTES = 60;
/** Every request sends mail: strict per address and per IP (SECURITY.md, throttling). */
export const resetPerAddress: RateLimitRule = { name: 'reset-address', limit: 3, windowSeconds: 60 * 60 };
export const resetPerIp: RateLimitRule = { name: 'reset-ip', limit: 20, windowSeconds: 60 * 60 };

/** What each request of the form counts, known address or not. */
export function resetLimits(email: string, ip: string): LimitCheck[] {
  return [
    { rule: resetPerAddress, subject: email },
    { rule: resetPerIp, subject: ip },
  ];
}

type ResetRequest = { email: string; ip: string; pageLocale: Locale; appUrl: string };

/**
 * "Passwort vergessen?", after the response (the action counts the limits and answers every address alike): a
 * single-use link (only its hash stored, valid one hour) to the profile's address, in one transaction with the
 * mail. An unknown address runs the same statements on a profile that does not exist, rolled back
 * (writeOrRehearse), so the work left behind after the answer, which slows the next request a little, is the
 * same for every address. The audit row (without an address) records requests for unknown addresses too.
 */
export async function sendPasswordResetLink(db: Database, input: ResetRequest, now = new Date()): Promise<'sent' | 'unknown'> {
  return db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    const locale = user?.language ?? input.pageLocale;
    await writeOrRehearse(tx, Boolean(user), async (savepoint) => {
      await revokeEmailTokens(savepoint, user?.id ?? randomUUID(), 'reset_password', now);
      const validFor = { ms: RESET_VALID_MINUTES * 60_000, from: now };
      const email = user?.email ?? input.email;
      const owner = user ? { userId: user.id } : { registrationId: null };
      const token = await createEmailLink(savepoint, { owner, email, purpose: 'reset_password', validFor });
      await sendMail(savepoint, {
        to: email,
        template: 'password-reset',
        locale,
        discardAfter: new Date(now.getTime() + validFor.ms),
        data: {
          firstName: user?.firstName ?? '',
          url: mailUrl(input.appUrl, locale, withQuery(routes.resetLink, { token })),
          validMinutes: RESET_VALID_MINUTES,
          consentsUrl: consentsUrl(input.appUrl, locale),
        },
      });
    });
    await recordAudit(tx, { event: 'password_reset_requested', userId: user?.id, ipHash: auditIpHash(input.ip), details: user ? undefined : { known: false } });
    return user ? 'sent' : 'unknown';
  });
}

/** The person a reset link belongs to while it is unused, unreplaced and unexpired; else undefined. */
export async function findResetLinkOwner(db: Database, token: unknown, now = new Date()): Promise<User | undefined> {
  if (!looksLikeToken(token)) return undefined;
  return db.transaction(async (tx) => {
    const link = await findEmailLink(tx, token, 'reset_password');
    if (!link || link.row.usedAt || link.row.revokedAt || link.row.expiresAt <= now) return undefined;
    return link.user;
  });
}

/**
 * The new password: the link is used up, every session of the person ends (their rows go), the address counts
 * as confirmed (only its owner could open the link), the notice "Ihr Passwort wurde geändert" goes out (as after
 * a change in the profile) and the sign-in throttle for the address starts afresh.
 */
export async function completePasswordReset(
  db: Database,
  input: { token: unknown; passwordHash: string; ip: string; pageLocale: Locale; appUrl: string },
  now = new Date(),
): Promise<User | undefined> {
  if (!looksLikeToken(input.token)) return undefined;
  const token = input.token;
  const user = await db.transaction(async (tx) => {
    const link = await findEmailLink(tx, token, 'reset_password');
    if (!link || link.row.expiresAt <= now) return undefined;
    const owner = link.user;
    if (!(await useEmailToken(tx, link.row.id, now))) return undefined;
    const updated = await setUserPassword(tx, owner.id, input.passwordHash, now);
    await deleteSessionsForUser(tx, owner.id);
    await revokeEmailTokens(tx, owner.id, 'reset_password', now);
    await recordAudit(tx, { event: 'password_reset_completed', userId: owner.id });
    await sendPasswordChangedNotice(tx, updated, { pageLocale: input.pageLocale, appUrl: input.appUrl, at: now });
    if (!owner.confirmedAt) {
      // Confirmed by this mail now: a confirmation link still in the inbox only says "already confirmed".
      await revokeEmailTokens(tx, owner.id, 'confirm_email', now);
      await recordAudit(tx, { event: 'email_confirmed', userId: owner.id, details: { via: 'password_reset' } });
    }
    return updated;
  });
  if (user) await clearSignInFailures(db, user.email, input.ip, now);
  return user;
}
