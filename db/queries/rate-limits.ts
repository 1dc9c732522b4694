import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../index';
import { rateLimitBuckets } from '../schema';

export type BucketState = { hits: number; windowStartedAt: Date; blockedUntil: Date | null };

/**
 * Counts one hit in a fixed window, atomically (one upsert, so two instances never both see "first hit").
 * A window older than `windowSeconds` starts over at 1.
 */
export async function hitBucket(db: Executor, key: string, windowSeconds: number, now: Date): Promise<BucketState> {
  const nowIso = now.toISOString();
  const stale = sql`${rateLimitBuckets.windowStartedAt} <= ${nowIso}::timestamptz - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, hits: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        hits: sql`case when ${stale} then 1 else ${rateLimitBuckets.hits} + 1 end`,
        windowStartedAt: sql`case when ${stale} then ${nowIso}::timestamptz else ${rateLimitBuckets.windowStartedAt} end`,
      },
    })
    .returning({
      hits: rateLimitBuckets.hits,
      windowStartedAt: rateLimitBuckets.windowStartedAt,
      blockedUntil: rateLimitBuckets.blockedUntil,
    });
  return row!;
}

export async function findBucket(db: Executor, key: string): Promise<BucketState | undefined> {
  const [row] = await db
    .select({
      hits: rateLimitBuckets.hits,
      windowStartedAt: rateLimitBuckets.windowStartedAt,
      blockedUntil: rateLimitBuckets.blockedUntil,
    })
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, key))
    .limit(1);
  return row;
}

/**
 * Locks the buckets of `keys` until the transaction ends (creating missing ones empty) and returns their state.
 * Every caller takes its keys in sorted order, so two transactions locking overlapping keys never deadlock; a
 * second instance asking for the same key waits here until the first has written its verdict.
 */
export async function lockBuckets(tx: Transaction, keys: string[], now: Date): Promise<Map<string, BucketState>> {
  const sorted = [...new Set(keys)].sort();
  await tx
    .insert(rateLimitBuckets)
    .values(sorted.map((key) => ({ key, hits: 0, windowStartedAt: now })))
    .onConflictDoNothing();
  const rows = await tx
    .select({
      key: rateLimitBuckets.key,
      hits: rateLimitBuckets.hits,
      windowStartedAt: rateLimitBuckets.windowStartedAt,
      blockedUntil: rateLimitBuckets.blockedUntil,
    })
    .from(rateLimitBuckets)
    .where(inArray(rateLimitBuckets.key, sorted))
    .orderBy(rateLimitBuckets.key)
    .for('update');
  return new Map(rows.map(({ key, ...state }) => [key, state]));
}

export async function saveBucket(tx: Transaction, key: string, state: BucketState): Promise<void> {
  await tx.update(rateLimitBuckets).set(state).where(eq(rateLimitBuckets.key, key));
}

/** Takes back one hit counted in the window that began at `windowStartedAt` (a later window is left alone). */
export async function refundBucket(db: Executor, key: string, windowStartedAt: Date): Promise<void> {
  await db
    .update(rateLimitBuckets)
    .set({ hits: sql`greatest(${rateLimitBuckets.hits} - 1, 0)` })
    .where(and(eq(rateLimitBuckets.key, key), eq(rateLimitBuckets.windowStartedAt, windowStartedAt)));
}

export async function deleteBucket(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
}

/** Buckets whose window and block both ended before `before` hold nothing any more. */
export async function deleteStaleBuckets(db: Executor, before: Date): Promise<number> {
  const rows = await db
    .delete(rateLimitBuckets)
    .where(
      sql`${lt(rateLimitBuckets.windowStartedAt, before)} and (${rateLimitBuckets.blockedUntil} is null or ${lt(rateLimitBuckets.blockedUntil, before)})`,
    )
    .returning({ key: rateLimitBuckets.key });
  return rows.length;
}

/** Buckets whose key begins with `prefix` (all of one address's per-IP sign-in counters, say). */
export async function findBucketsWithPrefix(db: Executor, prefix: string): Promise<BucketState[]> {
  return db
    .select({
      hits: rateLimitBuckets.hits,
      windowStartedAt: rateLimitBuckets.windowStartedAt,
      blockedUntil: rateLimitBuckets.blockedUntil,
    })
    .from(rateLimitBuckets)
    .where(sql`starts_with(${rateLimitBuckets.key}, ${prefix})`);
}

export async function deleteBucketsWithPrefix(db: Executor, prefix: string): Promise<number> {
  const rows = await db
    .delete(rateLimitBuckets)
    .where(sql`starts_with(${rateLimitBuckets.key}, ${prefix})`)
    .returning({ key: rateLimitBuckets.key });
  return rows.length;
}
