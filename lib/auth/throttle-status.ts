import type { Executor } from '@/db';
import { deleteBucket, deleteBucketsWithPrefix, findBucket, findBucketsWithPrefix } from '@/db/queries/rate-limits';
import { currentWindow } from '@/lib/security/rate-limit';
import { addressFailures, addressKey, pairKeyPrefix } from './throttle';

/**
 * Until when sign-ins of the address are held off, if they are: from one IP at least (`pair`, the ladder of delays)
 * or from everywhere (`address`, the hourly cap). For support, who cannot see the IPs: the latest block wins.
 */
export type ThrottleStatus = { until: Date; by: 'pair' | 'address' } | undefined;

export async function findSignInThrottle(db: Executor, email: string, now: Date): Promise<ThrottleStatus> {
  const pairs = await findBucketsWithPrefix(db, pairKeyPrefix(email));
  const pairUntil = Math.max(0, ...pairs.map((b) => b.blockedUntil?.getTime() ?? 0));
  const bucket = await findBucket(db, addressKey(email));
  const address = bucket ? currentWindow(addressFailures, bucket, now) : undefined;
  const addressUntil =
    address && address.hits >= addressFailures.limit ? address.windowStartedAt.getTime() + addressFailures.windowSeconds * 1000 : 0;
  const until = Math.max(pairUntil, addressUntil);
  if (until <= now.getTime()) return undefined;
  return { until: new Date(until), by: addressUntil >= pairUntil ? 'address' : 'pair' };
}

/**
 * Forgets every failed sign-in of the address, from every IP (support lifting a throttle); returns the counters
 * cleared. Two deletes: the caller runs it in a transaction.
 */
export async function liftSignInThrottle(tx: Executor, email: string): Promise<number> {
  const pairs = await deleteBucketsWithPrefix(tx, pairKeyPrefix(email));
  const address = (await findBucket(tx, addressKey(email))) ? 1 : 0;
  await deleteBucket(tx, addressKey(email));
  return pairs + address;
}
