import type { Executor } from '@/db';
import { blockBucket, deleteBucket, findBucket, hitBucket } from '@/db/queries/rate-limits';
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
 * Whether one more attempt would be within the limit, without counting it: for checks that count only failures
 * (sign-in), asked before the attempt. `hits` is what has been counted so far.
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

/** Holds the subject off until `until`, on top of the counting (e.g. growing delays after repeated failures). */
export async function blockRateLimit(db: Executor, rule: RateLimitRule, subject: string, until: Date): Promise<void> {
  await blockBucket(db, bucketKey(rule, subject), until);
}

/** Seconds the subject is still held off by `blockRateLimit`, or 0. */
export async function blockedSeconds(db: Executor, rule: RateLimitRule, subject: string, now = new Date()): Promise<number> {
  const until = (await findBucket(db, bucketKey(rule, subject)))?.blockedUntil;
  return until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 1000) : 0;
}
