import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findCompanyById } from '@/db/queries/companies';
import { findNewestRegistration } from '@/db/queries/registrations';
import { findUserByEmail } from '@/db/queries/users';
import type { User } from '@/db/schema';
import { auditIpHash } from '@/lib/security/ip-hash';
import { verifyPassword } from '@/lib/security/passwords';
import { refundSignInAttempt, reserveSignInAttempt } from './throttle';

export type SignInOutcome =
  | { status: 'ok'; user: User }
  | { status: 'invalid' }
  | { status: 'unconfirmed' }
  /** The right password, but the person's company no longer uses the portal (companies.active). */
  | { status: 'company-inactive' }
  | { status: 'throttled'; retryAfterSeconds: number };

/**
 * An argon2id hash (OWASP parameters) of a random password nobody kept: unknown addresses cost the same
 * verification as known ones. A constant, so no request pays for making it.
 */
const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$U+QNS6aQIkkI4FPqsGfN7A$grwuRMNpXf8TWwmF0tJnRPrOIM2nKw9wWBt9UTBMiGk';

/**
 * Checks an address and password, throttled per address+IP, per address and per IP in the database (so every
 * instance sees the same counts). The attempt is counted before the password is checked and refunded when it
 * was right, so parallel guesses cannot slip past the count. Unknown address and wrong password give the same
 * answer after the same work. `verify` is the argon2id check (replaceable in tests, to count the checks).
 */
export async function signInWithPassword(
  db: Database,
  input: { email: string; password: string; ip: string },
  now = new Date(),
  verify: (hash: string, password: string) => Promise<boolean> = verifyPassword,
): Promise<SignInOutcome> {
  const ipHash = auditIpHash(input.ip);
  const reservation = await reserveSignInAttempt(db, input.email, input.ip, now);
  const user = await findUserByEmail(db, input.email);
  // No profile yet: the newest registration attempt's password tells its owner to confirm first.
  const pending = user ? undefined : await findNewestRegistration(db, input.email);
  if (!reservation.ok) {
    const { retryAfterSeconds, by } = reservation;
    await recordAudit(db, { event: 'sign_in_throttled', userId: user?.id, ipHash, details: { retryAfterSeconds, by } });
    return { status: 'throttled', retryAfterSeconds };
  }
  const matches = await verify(user?.passwordHash ?? pending?.passwordHash ?? DUMMY_PASSWORD_HASH, input.password);
  // Only after the right password: a stranger learns nothing about an address from this answer.
  const holder = matches ? (user ?? pending) : undefined;
  if (holder && !(await findCompanyById(db, holder.companyId))?.active) {
    await refundSignInAttempt(db, reservation, now);
    await recordAudit(db, { event: 'sign_in_company_inactive', userId: user?.id, ipHash });
    return { status: 'company-inactive' };
  }
  if (pending && matches) {
    await refundSignInAttempt(db, reservation, now);
    await recordAudit(db, { event: 'sign_in_unconfirmed', ipHash, details: { registration: pending.id } });
    return { status: 'unconfirmed' };
  }
  if (!user || !matches) {
    await recordAudit(db, {
      event: 'sign_in_failed',
      userId: user?.id,
      ipHash,
      details: { reason: user ? 'wrong_password' : 'unknown_address', failures: reservation.failures },
    });
    return { status: 'invalid' };
  }
  await refundSignInAttempt(db, reservation, now);
  await recordAudit(db, { event: 'sign_in_succeeded', userId: user.id, ipHash });
  return { status: 'ok', user };
}
