import type { Database } from '@/db';
import { deleteBucket, lockBuckets, refundBucket, saveBucket } from '@/db/queries/rate-limits';
import { keyedHash } from '@/lib/security/keyed-hash';
import { bucketKey, currentWindow, type RateLimitRule, secondsUntil } from '@/lib/security/rate-limit';

/**
 * Failed sign-ins for one address from one IP: the ladder of delays below. Keyed by the pair, so a stranger's
 * guesses hold off the stranger, not the owner signing in from elsewhere. The window is long enough to hold the
 * whole ladder (it adds up to half an hour), so waiting for the window to restart does not step around it.
 */
export const pairFailures: RateLimitRule = { name: 'sign-in-pair', limit: 10, windowSeconds: 60 * 60 };
/**
 * Failed sign-ins for one address from anywhere (NIST SP 800-63B: at most 100): the cap for guesses spread over
 * many IPs. Once reached, the address is held off for the rest of the hour.
 */
export const addressFailures: RateLimitRule = { name: 'sign-in-address', limit: 100, windowSeconds: 60 * 60 };
/** Failed sign-ins from one IP, whatever the address: stops one machine trying many accounts. */
export const ipFailures: RateLimitRule = { name: 'sign-in-ip', limit: 50, windowSeconds: 15 * 60 };

/** Failures tolerated before each further one costs a wait. */
export const FREE_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/** After the 5th failure 1 minute, then 2, 4, 8, …, capped at the lock-out; from the 10th on, the lock-out. */
export function delayMinutesAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  if (failures >= pairFailures.limit) return LOCKOUT_MINUTES;
  return Math.min(2 ** (failures - FREE_FAILURES), LOCKOUT_MINUTES);
}

type Keys = { pair: string; address: string; ip: string };

/** An attempt counted as a failure in advance; `refundSignInAttempt` takes it back when the password was right. */
export type SignInReservation = {
  ok: true;
  /** Failures of this address from this IP, this attempt included. */
  failures: number;
  keys: Keys;
  windows: { address: Date; ip: Date };
};
export type SignInRefusal = { ok: false; retryAfterSeconds: number; by: keyof Keys };

/**
 * Every per-IP counter of one address begins with this, so support can see and lift an address's throttles
 * without knowing the IPs (lib/auth/throttle-status.ts); the IP part is a keyed hash of its own.
 */
export function pairKeyPrefix(email: string): string {
  return `${bucketKey(pairFailures, email)}:`;
}

export function addressKey(email: string): string {
  return bucketKey(addressFailures, email);
}

function keysFor(email: string, ip: string): Keys {
  return {
    pair: `${pairKeyPrefix(email)}${keyedHash('rate-limit:sign-in-pair-ip', ip.trim())}`,
    address: addressKey(email),
    ip: bucketKey(ipFailures, ip),
  };
}

/**
 * Counts the attempt as a failure before the password is checked, or refuses it, in one transaction that locks
 * the three counters: parallel attempts (on any instance) queue here, so no more of them reach the password check
 * than the ladder allows. The delay this attempt would earn is set up front for the same reason.
 */
export async function reserveSignInAttempt(
  db: Database,
  email: string,
  ip: string,
  now: Date,
): Promise<SignInReservation | SignInRefusal> {
  const keys = keysFor(email, ip);
  return db.transaction(async (tx) => {
    const locked = await lockBuckets(tx, Object.values(keys), now);
    const pair = currentWindow(pairFailures, locked.get(keys.pair)!, now);
    const address = currentWindow(addressFailures, locked.get(keys.address)!, now);
    const byIp = currentWindow(ipFailures, locked.get(keys.ip)!, now);
    const windowLeft = (rule: RateLimitRule, startedAt: Date) =>
      secondsUntil(new Date(startedAt.getTime() + rule.windowSeconds * 1000), now);
    const waits: [keyof Keys, number][] = [
      ['pair', secondsUntil(pair.blockedUntil, now)],
      ['address', address.hits >= addressFailures.limit ? windowLeft(addressFailures, address.windowStartedAt) : 0],
      ['ip', byIp.hits >= ipFailures.limit ? windowLeft(ipFailures, byIp.windowStartedAt) : 0],
    ];
    const [by, retryAfterSeconds] = waits.reduce((longest, wait) => (wait[1] > longest[1] ? wait : longest));
    if (retryAfterSeconds > 0) return { ok: false, by, retryAfterSeconds };

    const failures = pair.hits + 1;
    const delay = delayMinutesAfter(failures);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay * 60_000) : pair.blockedUntil;
    await saveBucket(tx, keys.pair, { ...pair, hits: failures, blockedUntil });
    await saveBucket(tx, keys.address, { ...address, hits: address.hits + 1 });
    await saveBucket(tx, keys.ip, { ...byIp, hits: byIp.hits + 1 });
    return { ok: true, failures, keys, windows: { address: address.windowStartedAt, ip: byIp.windowStartedAt } };
  });
}

/**
 * The password was right: the reserved failure is taken back from the address and the IP (so a whole company
 * behind one NAT never fills the IP's allowance by signing in), and the pair's ladder starts afresh. The counters
 * are locked first, in the order every reservation takes them, so a refund and a reservation never deadlock.
 */
export async function refundSignInAttempt(db: Database, reservation: SignInReservation, now: Date): Promise<void> {
  const { keys, windows } = reservation;
  await db.transaction(async (tx) => {
    await lockBuckets(tx, Object.values(keys), now);
    await deleteBucket(tx, keys.pair);
    await refundBucket(tx, keys.address, windows.address);
    await refundBucket(tx, keys.ip, windows.ip);
  });
}

/** A new password proves the owner: the address's failures, and those from the owner's own IP, are forgotten. */
export async function clearSignInFailures(db: Database, email: string, ip: string, now: Date): Promise<void> {
  const keys = keysFor(email, ip);
  await db.transaction(async (tx) => {
    await lockBuckets(tx, Object.values(keys), now);
    await deleteBucket(tx, keys.pair);
    await deleteBucket(tx, keys.address);
  });
}
