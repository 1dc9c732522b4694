import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { revokeEmailTokens } from '@/db/queries/email-tokens';
import { deleteSessionsForUser } from '@/db/queries/sessions';
import { setUserPassword } from '@/db/queries/users';
import type { Locale, User } from '@/db/schema';
import { sendPasswordChangedNotice } from '@/lib/auth/password-changed-notice';
import { clearSignInFailures } from '@/lib/auth/throttle';
import { auditIpHash } from '@/lib/security/ip-hash';

export type PasswordChange = {
  userId: string;
  /** The session the change was made in: it stays, every other session of the person ends. */
  sessionId: string;
  passwordHash: string;
  ip: string;
  pageLocale: Locale;
  appUrl: string;
};

/**
 * "Passwort ändern" once the current password was confirmed and the new one judged strong enough, in one
 * transaction: the new hash, every other session ended, open reset links revoked (they were asked for while the
 * old password held), the audit event and the notice mail. Then, as a reset does, the sign-in throttle of the
 * address starts afresh.
 */
export async function changePassword(db: Database, input: PasswordChange, now = new Date()): Promise<User> {
  const user = await db.transaction(async (tx) => {
    const updated = await setUserPassword(tx, input.userId, input.passwordHash, now);
    const ended = await deleteSessionsForUser(tx, input.userId, { except: input.sessionId });
    await revokeEmailTokens(tx, input.userId, 'reset_password', now);
    await recordAudit(tx, {
      event: 'password_changed',
      userId: input.userId,
      ipHash: auditIpHash(input.ip),
      details: { via: 'profile', sessionsEnded: ended },
    });
    await sendPasswordChangedNotice(tx, updated, { pageLocale: input.pageLocale, appUrl: input.appUrl, at: now });
    return updated;
  });
  await clearSignInFailures(db, user.email, input.ip, now);
  return user;
}
