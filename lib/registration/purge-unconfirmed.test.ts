import { count, eq, lt, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database-hooks';
import { enqueueMail, markMailDelivered } from '@/db/queries/mail-outbox';
import { auditLog, consents, emailTokens, mailOutbox, rateLimitBuckets, registrations, sessions } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';
import { startSession } from '@/lib/auth/sessions';
import { completeRegistration } from './complete-registration';
import { describePurge, purgeUnconfirmed } from './purge-unconfirmed';

const now = new Date('2026-11-27T03:17:00Z');
const HOUR = 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * HOUR);

describe.each(testDatabaseKinds)('the daily clean-up on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const registeredAt = (email: string, age: number) => completeRegistration(open.db, acceptInput(email, { now: daysAgo(age) }));
  const countOf = async (table: typeof registrations | typeof mailOutbox | typeof emailTokens) =>
    (await open.db.select({ n: count() }).from(table))[0]!.n;

  describe.skipIf(!enabled)('', () => {
    it('deletes exactly the registrations unconfirmed for 7 days, with their mail', async () => {
      await registeredAt('stale@example.com', 8);
      await registeredAt('also-stale@example.org', 30);
      await registeredAt('fresh@example.com', 6);
      await registeredAt('almost@example.com', 7 - 1 / 24);

      const report = await purgeUnconfirmed(open.db, now);

      expect(report.registrations).toBe(2);
      const left = await open.db.select({ email: registrations.email }).from(registrations).orderBy(registrations.email);
      expect(left.map((r) => r.email)).toEqual(['almost@example.com', 'fresh@example.com']);
      const mailTo = await open.db.select({ to: mailOutbox.to }).from(mailOutbox);
      expect(mailTo.map((m) => m.to).sort()).toEqual(['almost@example.com', 'fresh@example.com']);
      // Run again: nothing more to do.
      expect((await purgeUnconfirmed(open.db, now)).registrations).toBe(0);
    });

    it('keeps no usable link: mail whose link expired, captured mail after a day, sent mail after a week', async () => {
      await open.db.delete(mailOutbox);
      const mail = (to: string, at: Date, discardAfter: Date | null = null) =>
        enqueueMail(open.db, { to, template: 'test', locale: 'de', subject: 's', html: '<p>h</p>', text: 't', discardAfter });
      const expiredReset = await mail('reset@example.com', daysAgo(0), new Date(now.getTime() - 1000));
      const liveReset = await mail('reset-live@example.com', daysAgo(0), new Date(now.getTime() + HOUR));
      const oldCaptured = await mail('captured@example.com', daysAgo(0));
      const oldSent = await mail('sent@example.com', daysAgo(0));
      const freshSent = await mail('sent-fresh@example.com', daysAgo(0));
      await markMailDelivered(open.db, oldCaptured, 'captured', now);
      await markMailDelivered(open.db, oldSent, 'sent', now);
      await markMailDelivered(open.db, freshSent, 'sent', now);
      await open.db.update(mailOutbox).set({ createdAt: daysAgo(1.1) }).where(eq(mailOutbox.id, oldCaptured));
      await open.db.update(mailOutbox).set({ createdAt: daysAgo(8) }).where(eq(mailOutbox.id, oldSent));
      await open.db.update(mailOutbox).set({ createdAt: daysAgo(2) }).where(eq(mailOutbox.id, freshSent));

      await purgeUnconfirmed(open.db, now);

      const left = await open.db.select({ id: mailOutbox.id, html: mailOutbox.html }).from(mailOutbox);
      expect(left.map((m) => m.id).sort()).toEqual([liveReset, freshSent].sort());
      expect(left.find((m) => m.id === freshSent)!.html).toBe('');
      expect(left.map((m) => m.id)).not.toContain(expiredReset);
    });

    it('drops links a week past their expiry and rate-limit buckets whose window ended a day ago', async () => {
      const tokensBefore = await countOf(emailTokens);
      const report = await purgeUnconfirmed(open.db, new Date(now.getTime() + 30 * 24 * HOUR));
      expect(report.emailTokens).toBe(tokensBefore);
      expect(await countOf(emailTokens)).toBe(0);

      await open.db.delete(rateLimitBuckets);
      const rule = { name: 'purge-test', limit: 3, windowSeconds: 3600 };
      await hitRateLimit(open.db, rule, 'old@example.com', daysAgo(2));
      await hitRateLimit(open.db, rule, 'recent@example.com', daysAgo(0.1));
      expect((await purgeUnconfirmed(open.db, now)).rateLimitBuckets).toBe(1);
      expect(await open.db.select({ n: count() }).from(rateLimitBuckets)).toEqual([{ n: 1 }]);
    });

    it('deletes consent proof 3 years after its profile was deleted and audit events after a year, nothing sooner', async () => {
      const deletedAt = (years: number, days = 0) => new Date(Date.UTC(2026 - years, 10, 27, 3, 17) + days * 24 * HOUR);
      const proof = (userId: string, profileDeletedAt: Date | null) =>
        open.db.insert(consents).values({ userId, kind: 'terms_of_use', textVersion: 'v', granted: true, createdAt: daysAgo(2000), profileDeletedAt });
      await proof('00000000-0000-4000-8000-00000000000a', deletedAt(3, -1));
      await proof('00000000-0000-4000-8000-00000000000b', deletedAt(3, 1));
      await proof('00000000-0000-4000-8000-00000000000c', null);
      const event = (createdAt: Date) => open.db.insert(auditLog).values({ event: 'sign_in_succeeded', createdAt });
      await event(deletedAt(1, -1));
      await event(deletedAt(1, 1));

      const report = await purgeUnconfirmed(open.db, now);

      expect([report.consents, report.auditEvents]).toEqual([1, 1]);
      expect(describePurge(report)).toContain('1 consent record(s) of profiles deleted over 3 years ago and 1 audit event(s) older than 1 year(s)');
      const left = await open.db.select({ userId: consents.userId }).from(consents).where(sql`${consents.userId}::text like '00000000-%'`);
      expect(left.map((c) => c.userId.slice(-1)).sort()).toEqual(['b', 'c']);
      expect((await open.db.select({ n: count() }).from(auditLog).where(lt(auditLog.createdAt, deletedAt(1))))[0]!.n).toBe(0);
    });

    it('drops sessions past their end, and only those', async () => {
      const user = await addTestUser(open.db, 'signed-in@example.com', { confirmedAt: daysAgo(30) });
      const signInAt = (hoursAgo: number) =>
        startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null }, new Date(now.getTime() - hoursAgo * HOUR));
      await signInAt(8);
      const running = await signInAt(7);
      const report = await purgeUnconfirmed(open.db, now);
      expect(report.sessions).toBe(1);
      expect(describePurge(report)).toContain('1 ended session(s)');
      const left = await open.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
      expect(left).toEqual([{ id: running }]);
    });
  });
});
