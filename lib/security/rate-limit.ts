import type { Executor } from '@/db';
import { type BucketState, deleteBucket, findBucket, hitBucket } from '@/db/queries/rate-limits';
import { keyedHash } from './keyed-hash';

/** A named limit: at most `limit` hits per `windowSeconds` for one subject (an address, an IP, an account). */
export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

export type RateLimitResult = { ok: true; hits: number } | { ok: false; hits: number; retryAfterSeconds: number };

/** Subjects are addresses and IPs: the table keeps only a keyed hash of them (no personal data at rest). */
export function bucketKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${keyedHash(`rate-limit:${rule.name}`, subject.trim().toLowerCase())}`;
}

function verdict(rule: RateLimitRule, hits: number, windowStartedAt: Date, now: Date): RateLimitResult {
  if (hits <= rule.limit) return { ok: true, hits };
  const endsAt = windowStartedAt.getTime() + rule.windowSeconds * 1000;
  return { ok: false, hits, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** Counts one attempt and says whether it is within the limit. State lives in the database, shared by instances. */
export async function hitRateLimit(db: Executor, rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const bucket = await hitBucket(db, bucketKey(rule, subject), rule.windowSeconds, now);
  return verdict(rule, bucket.hits, bucket.windowStartedAt, now);
}

/**
 * Whether one more attempt would be within the limit, without counting it, for checks that count only some
 * outcomes. `hits` is what has been counted so far. (Sign-in reserves instead: lib/auth/throttle.ts.)
 */
export async function peekRateLimit(db: Executor, rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const bucket = await findBucket(db, bucketKey(rule, subject));
  if (!bucket || bucket.windowStartedAt.getTime() + rule.windowSeconds * 1000 <= now.getTime()) return { ok: true, hits: 0 };
  const next = verdict(rule, bucket.hits + 1, bucket.windowStartedAt, now);
  return { ...next, hits: bucket.hits };
}

export async function resetRateLimit(db: Executor, rule: RateLimitRule, subject: string): Promise<void> {
  await deleteBucket(db, bucketKey(rule, subject));
}

/** A bucket as it stands at `now`: once its window has run out, it is a fresh, empty window beginning now. */
export function currentWindow(rule: RateLimitRule, bucket: BucketState, now: Date): BucketState {
  if (bucket.windowStartedAt.getTime() + rule.windowSeconds * 1000 > now.getTime()) return bucket;
  return { hits: 0, windowStartedAt: now, blockedUntil: bucket.blockedUntil };
}

/** Whole seconds from `now` until `until` (at least 1 while it is ahead), or 0 once it has passed. */
export function secondsUntil(until: Date | null, now: Date): number {
  return until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 1000) : 0;
}
