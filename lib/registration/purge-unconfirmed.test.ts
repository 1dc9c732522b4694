import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { markUserConfirmed } from '@/db/queries/users';
import { consents, emailTokens, mailOutbox, rateLimitBuckets, sessions, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { startSession } from '@/lib/auth/sessions';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { completeRegistration } from './complete-registration';
import { describePurge, purgeUnconfirmed } from './purge-unconfirmed';
import { addTestUser, testDraft } from '@/lib/testing/fixtures';
import { useTestDatabase } from '@/db/test-database-hooks';

const now = new Date('2026-11-27T03:17:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

describe.each(testDatabaseKinds)('clean-up of unconfirmed profiles on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  /** A registration whose profile was created `age` days before `now`. */
  const registered = async (email: string, age: number, confirmed = false) => {
    await completeRegistration(open.db, {
      draft: testDraft(email),
      emailInformation: true,
      pageLocale: 'de',
      appUrl: 'http://portal.test',
    });
    const [user] = await open.db.update(users).set({ createdAt: daysAgo(age) }).where(eq(users.email, email)).returning();
    if (confirmed) await markUserConfirmed(open.db, user!.id, daysAgo(age - 1));
    return user!.id;
  };
  const rowsOf = async (userId: string) => {
    const [[t], [c]] = await Promise.all([
      open.db.select({ n: count() }).from(emailTokens).where(eq(emailTokens.userId, userId)),
      open.db.select({ n: count() }).from(consents).where(eq(consents.userId, userId)),
    ]);
    return { tokens: t!.n, consents: c!.n };
  };

  it.skipIf(!enabled)('deletes exactly the unconfirmed profiles older than 7 days, with tokens, consents and mail', async () => {
    const stale = await registered('stale@example.com', 8);
    const alsoStale = await registered('also-stale@example.org', 30);
    await registered('fresh@example.com', 6);
    await registered('almost@example.com', 7 - 1 / 24);
    await registered('confirmed-long-ago@example.com', 90, true);
    expect(await rowsOf(stale)).toEqual({ tokens: 1, consents: 2 });

    const report = await purgeUnconfirmed(open.db, now);

    expect(report).toMatchObject({ profiles: 2, mails: 2 });
    const left = await open.db.select({ email: users.email }).from(users).orderBy(users.email);
    expect(left.map((u) => u.email)).toEqual(['almost@example.com', 'confirmed-long-ago@example.com', 'fresh@example.com']);
    expect(await rowsOf(stale)).toEqual({ tokens: 0, consents: 0 });
    expect(await rowsOf(alsoStale)).toEqual({ tokens: 0, consents: 0 });
    const mailTo = await open.db.select({ to: mailOutbox.to }).from(mailOutbox);
    expect(mailTo.map((m) => m.to).sort()).toEqual(['almost@example.com', 'confirmed-long-ago@example.com', 'fresh@example.com']);

    // Run again: nothing more to do, and the confirmed profile is still there a year on.
    expect((await purgeUnconfirmed(open.db, now)).profiles).toBe(0);
    expect((await purgeUnconfirmed(open.db, daysAgo(-365))).profiles).toBe(2);
    const [confirmed] = await open.db.select().from(users).where(sql`${users.confirmedAt} is not null`);
    expect(confirmed?.email).toBe('confirmed-long-ago@example.com');
  });

  it.skipIf(!enabled)('drops rate-limit buckets whose window ended more than a day ago', async () => {
    const rule = { name: 'purge-test', limit: 3, windowSeconds: 3600 };
    await hitRateLimit(open.db, rule, 'old@example.com', daysAgo(2));
    await hitRateLimit(open.db, rule, 'recent@example.com', daysAgo(0.1));
    const report = await purgeUnconfirmed(open.db, now);
    expect(report.rateLimitBuckets).toBe(1);
    expect(await open.db.select({ n: count() }).from(rateLimitBuckets)).toEqual([{ n: 1 }]);
  });

  it.skipIf(!enabled)('drops sessions past their end, and only those', async () => {
    const user = await addTestUser(open.db, 'signed-in@example.com', { confirmedAt: daysAgo(30) });
    const signInAt = (hoursAgo: number) =>
      startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null }, new Date(now.getTime() - hoursAgo * 3600_000));
    await signInAt(8);
    const running = await signInAt(7);
    const report = await purgeUnconfirmed(open.db, now);
    expect(report.sessions).toBe(1);
    expect(describePurge(report)).toContain('1 expired session(s)');
    const left = await open.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(left).toEqual([{ id: running }]);
  });
});
