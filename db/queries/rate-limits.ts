import { eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
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

export async function blockBucket(db: Executor, key: string, until: Date): Promise<void> {
  await db.update(rateLimitBuckets).set({ blockedUntil: until }).where(eq(rateLimitBuckets.key, key));
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
