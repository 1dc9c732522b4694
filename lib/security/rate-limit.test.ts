import { describe, expect, it } from 'vitest';
import { deleteStaleBuckets } from '@/db/queries/rate-limits';
import { rateLimitBuckets } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { hitRateLimit, peekRateLimit, type RateLimitRule, resetRateLimit } from './rate-limit';
import { useTestDatabase } from '@/db/test-database-hooks';

const rule: RateLimitRule = { name: 'test-resend', limit: 3, windowSeconds: 600 };
const t0 = new Date('2026-11-27T10:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe.each(testDatabaseKinds)('rate limits on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled, { seed: false });

  it.skipIf(!enabled)('allows the limit, refuses the next hit with the seconds left, and starts over after the window', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(open.db, rule, 'erika@example.com', later(i)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ ok: false, retryAfterSeconds: 597 });
    expect(await peekRateLimit(open.db, rule, 'ERIKA@example.com ', later(10))).toMatchObject({ ok: false, hits: 4 });
    expect(await hitRateLimit(open.db, rule, 'erika@example.com', later(600))).toEqual({ ok: true, hits: 1 });
  });

  it.skipIf(!enabled)('keeps subjects apart, stores no address, and forgets on reset', async () => {
    for (let i = 0; i < 4; i++) await hitRateLimit(open.db, rule, 'max@example.com', t0);
    expect(await peekRateLimit(open.db, rule, 'max@example.com', t0)).toMatchObject({ ok: false });
    expect(await peekRateLimit(open.db, rule, 'other@example.com', t0)).toEqual({ ok: true, hits: 0 });
    const keys = (await open.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((r) => r.key);
    expect(keys.join(' ')).not.toContain('example.com');
    await resetRateLimit(open.db, rule, 'max@example.com');
    expect(await peekRateLimit(open.db, rule, 'max@example.com', t0)).toEqual({ ok: true, hits: 0 });
  });

  it.skipIf(!enabled)('peeking asks whether one more attempt would pass, and counts nothing', async () => {
    for (let i = 0; i < rule.limit - 1; i++) await hitRateLimit(open.db, rule, 'peek@example.com', t0);
    expect(await peekRateLimit(open.db, rule, 'peek@example.com', t0)).toEqual({ ok: true, hits: 2 });
    await hitRateLimit(open.db, rule, 'peek@example.com', t0);
    expect(await peekRateLimit(open.db, rule, 'peek@example.com', later(1))).toEqual({ ok: false, hits: 3, retryAfterSeconds: 599 });
    expect(await peekRateLimit(open.db, rule, 'peek@example.com', later(1))).toMatchObject({ hits: 3 });
  });

  it.skipIf(!enabled)('counts every hit when many arrive at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => hitRateLimit(open.db, rule, 'burst@example.com', t0)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
  });

  it.skipIf(!enabled)('drops buckets whose window has passed', async () => {
    await hitRateLimit(open.db, rule, 'old@example.com', new Date('2026-01-01T00:00:00Z'));
    expect(await deleteStaleBuckets(open.db, new Date('2026-06-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await peekRateLimit(open.db, rule, 'old@example.com', new Date('2026-01-01T00:00:01Z'))).toEqual({ ok: true, hits: 0 });
  });
});
