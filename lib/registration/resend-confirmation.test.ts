import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database-hooks';
import { listMailbox } from '@/db/queries/mail-outbox';
import { registrations } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { checkLimits } from '@/lib/forms/limits';
import { linksIn } from '@/lib/mail/links';
import { acceptInput } from '@/lib/testing/fixtures';
import { completeRegistration } from './complete-registration';
import { confirmRegistration } from './confirm-email';
import { purgeUnconfirmed } from './purge-unconfirmed';
import { resendConfirmation, resendLimits } from './resend-confirmation';

const appUrl = 'http://portal.test';
const t0 = new Date('2026-11-27T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const DAY = 24 * 60 * 60_000;

describe.each(testDatabaseKinds)('resending the confirmation on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  const register = (email: string, options: Parameters<typeof acceptInput>[1] = {}) => completeRegistration(open.db, acceptInput(email, options));
  const mails = (to: string) => listMailbox(open.db, { to, limit: 100 });
  const latestToken = async (to: string) => {
    const [mail] = await mails(to);
    return new URL(linksIn(mail!.html).find((l) => l.includes('/bestaetigen?token='))!).searchParams.get('token')!;
  };

  describe.skipIf(!enabled)('', () => {
    it('sends a fresh link for the newest attempt in its language; the older link says it was replaced', async () => {
      await register('resend@example.com', { data: { language: 'en' }, now: t0 });
      const first = await latestToken('resend@example.com');
      expect(await resendConfirmation(open.db, { email: 'resend@example.com', pageLocale: 'de', appUrl, now: t0 })).toBe('sent');
      expect(await mails('resend@example.com')).toHaveLength(2);
      const [mail] = await mails('resend@example.com');
      expect(mail!.subject).toBe('Please confirm your e-mail address for “Mein ias”');
      expect(linksIn(mail!.html).some((l) => l.startsWith(`${appUrl}/en/bestaetigen?token=`))).toBe(true);
      const second = await latestToken('resend@example.com');
      expect(second).not.toBe(first);
      expect(await confirmRegistration(open.db, first, t0)).toBe('replaced');
      expect(await confirmRegistration(open.db, second, t0)).toBe('confirmed');
      expect(await confirmRegistration(open.db, first, t0)).toBe('already');
    });

    it('sends nothing to an address without a pending registration, confirmed or unknown', async () => {
      expect(await resendConfirmation(open.db, { email: 'nobody@example.com', pageLocale: 'de', appUrl })).toBe('nothing');
      expect(await resendConfirmation(open.db, { email: 'resend@example.com', pageLocale: 'de', appUrl })).toBe('nothing');
      expect(await mails('nobody@example.com')).toHaveLength(0);
      expect(await mails('resend@example.com')).toHaveLength(2);
    });

    it('keeps the registration 7 more days, so the clean-up spares one whose link was just renewed', async () => {
      await register('late@example.com', { now: new Date(t0.getTime() - 6.9 * DAY) });
      await resendConfirmation(open.db, { email: 'late@example.com', pageLocale: 'de', appUrl, now: t0 });
      await purgeUnconfirmed(open.db, minutes(60 * 24));
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'late@example.com'))).toHaveLength(1);
      await purgeUnconfirmed(open.db, new Date(t0.getTime() + 7.1 * DAY));
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'late@example.com'))).toHaveLength(0);
    });

    it('counts 3 confirmation mails per address an hour, registration included, known or unknown alike', async () => {
      await register('limit@example.com', { now: minutes(0) });
      const verdicts = [];
      for (let i = 1; i <= 3; i++) verdicts.push((await checkLimits(open.db, resendLimits('limit@example.com', `198.51.100.${i}`), minutes(i))).ok);
      expect(verdicts).toEqual([true, true, false]);
      const unknown = [];
      for (let i = 0; i < 4; i++) unknown.push(await checkLimits(open.db, resendLimits('unknown@example.com', `198.51.100.${i}`), minutes(i)));
      expect(unknown.map((v) => v.ok)).toEqual([true, true, true, false]);
      expect(unknown[3]).toMatchObject({ ok: false, retryAfterSeconds: 57 * 60 });
      // After the hour it works again.
      expect((await checkLimits(open.db, resendLimits('unknown@example.com', '198.51.100.9'), minutes(61))).ok).toBe(true);
    });

    it('allows 20 requests per IP an hour, whatever the addresses', async () => {
      const results = [];
      for (let i = 0; i < 21; i++) results.push(await checkLimits(open.db, resendLimits(`ip-${i}@example.com`, '203.0.113.50'), t0));
      expect(results.filter((r) => r.ok)).toHaveLength(20);
      expect(results[20]).toMatchObject({ ok: false, retryAfterSeconds: 3600 });
    });
  });
});
