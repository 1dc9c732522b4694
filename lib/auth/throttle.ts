import type { Executor } from '@/db';
import {
  blockedSeconds,
  blockRateLimit,
  hitRateLimit,
  peekRateLimit,
  type RateLimitRule,
  resetRateLimit,
} from '@/lib/security/rate-limit';

/**
 * Failed sign-ins per address. The window is long enough to hold the whole ladder of delays below (they add up
 * to half an hour), so a patient attacker cannot step around the lock-out by waiting for the window to restart.
 */
export const accountFailures: RateLimitRule = { name: 'sign-in-account', limit: 10, windowSeconds: 60 * 60 };
/** Failed sign-ins per IP, whatever the address: stops one machine trying many accounts. */
export const ipFailures: RateLimitRule = { name: 'sign-in-ip', limit: 50, windowSeconds: 15 * 60 };

/** Failures tolerated before each further one costs a wait. */
export const FREE_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/** After the 5th failure 1 minute, then 2, 4, 8, …, capped at the lock-out; from the 10th on, the lock-out. */
export function delayMinutesAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  if (failures >= accountFailures.limit) return LOCKOUT_MINUTES;
  return Math.min(2 ** (failures - FREE_FAILURES), LOCKOUT_MINUTES);
}

/** Seconds until the next attempt for this address from this IP is allowed, or 0 when it is allowed now. */
export async function signInWait(db: Executor, email: string, ip: string, now: Date): Promise<number> {
  const [account, byIp] = await Promise.all([
    blockedSeconds(db, accountFailures, email, now),
    peekRateLimit(db, ipFailures, ip, now),
  ]);
  return Math.max(account, byIp.ok ? 0 : byIp.retryAfterSeconds);
}

/** Counts one failure for the address and the IP, and holds the address off as the ladder says. */
export async function recordSignInFailure(db: Executor, email: string, ip: string, now: Date): Promise<number> {
  const [account] = await Promise.all([hitRateLimit(db, accountFailures, email, now), hitRateLimit(db, ipFailures, ip, now)]);
  const minutes = delayMinutesAfter(account.hits);
  if (minutes > 0) await blockRateLimit(db, accountFailures, email, new Date(now.getTime() + minutes * 60_000));
  return account.hits;
}

export async function clearSignInFailures(db: Executor, email: string): Promise<void> {
  await resetRateLimit(db, accountFailures, email);
}
