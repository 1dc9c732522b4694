import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listMailbox } from '@/db/queries/mail-outbox';
import { findUserByEmail, markUserConfirmed } from '@/db/queries/users';
import { emailTokens, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { linksIn } from '@/lib/mail/links';
import { completeRegistration } from './complete-registration';
import { confirmEmail } from './confirm-email';
import { purgeUnconfirmed } from './purge-unconfirmed';
import { requestConfirmationResend, resendConfirmation } from './resend-confirmation';
import { testDraft } from '@/lib/testing/fixtures';
import { useTestDatabase } from '@/db/test-database-hooks';

const appUrl = 'http://portal.test';
const t0 = new Date('2026-11-27T10:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe.each(testDatabaseKinds)('resending the confirmation on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  const register = (email: string, language: 'de' | 'en' | null = null) =>
    completeRegistration(open.db, {
      draft: testDraft(email, { language }),
      emailInformation: false,
      pageLocale: 'de',
      appUrl,
    });
  const latestToken = async (to: string) => {
    const [mail] = await listMailbox(open.db, { to, limit: 1 });
    return new URL(linksIn(mail!.html).find((l) => l.includes('/bestaetigen?token='))!).searchParams.get('token')!;
  };
  const mailCount = async (to: string) => (await listMailbox(open.db, { to, limit: 100 })).length;

  it.skipIf(!enabled)('sends a fresh link in the profile language; the older link says it was replaced', async () => {
    await register('resend@example.com', 'en');
    const first = await latestToken('resend@example.com');
    expect(await resendConfirmation(open.db, { email: 'Resend@Example.com', pageLocale: 'de', appUrl })).toBe('sent');
    expect(await mailCount('resend@example.com')).toBe(2);
    const [mail] = await listMailbox(open.db, { to: 'resend@example.com', limit: 1 });
    expect(mail!.subject).toBe('Please confirm your e-mail address for “Mein ias”');
    expect(linksIn(mail!.html).some((l) => l.startsWith(`${appUrl}/en/bestaetigen?token=`))).toBe(true);
    const second = await latestToken('resend@example.com');
    expect(second).not.toBe(first);
    expect(await confirmEmail(open.db, first)).toBe('replaced');
    expect(await confirmEmail(open.db, second)).toBe('confirmed');
  });

  it.skipIf(!enabled)('sends nothing to an unknown, a confirmed or a bouncing address', async () => {
    expect(await resendConfirmation(open.db, { email: 'nobody@example.com', pageLocale: 'de', appUrl })).toBe('nothing');
    await register('done@example.com');
    await markUserConfirmed(open.db, (await findUserByEmail(open.db, 'done@example.com'))!.id, new Date());
    expect(await resendConfirmation(open.db, { email: 'done@example.com', pageLocale: 'de', appUrl })).toBe('nothing');
    await register('bounce@example.com');
    await open.db.update(users).set({ mailBouncedAt: new Date() }).where(eq(users.email, 'bounce@example.com'));
    expect(await resendConfirmation(open.db, { email: 'bounce@example.com', pageLocale: 'de', appUrl })).toBe('nothing');
    expect(await mailCount('nobody@example.com')).toBe(0);
    expect(await mailCount('done@example.com')).toBe(1);
    expect(await mailCount('bounce@example.com')).toBe(1);
  });

  it.skipIf(!enabled)('restarts the 7 days, so the clean-up keeps a profile whose link was just renewed', async () => {
    await register('late@example.com');
    await open.db.update(users).set({ createdAt: new Date(t0.getTime() - 6.9 * 86_400_000) }).where(eq(users.email, 'late@example.com'));
    await resendConfirmation(open.db, { email: 'late@example.com', pageLocale: 'de', appUrl, now: t0 });
    await purgeUnconfirmed(open.db, minutes(60 * 24));
    expect(await findUserByEmail(open.db, 'late@example.com')).toBeDefined();
    const [tokens] = await open.db
      .select({ n: count() })
      .from(emailTokens)
      .innerJoin(users, eq(users.id, emailTokens.userId))
      .where(eq(users.email, 'late@example.com'));
    expect(tokens!.n).toBe(2);
  });

  it.skipIf(!enabled)('allows 3 requests per address an hour, known or unknown alike, then says how long to wait', async () => {
    await register('limit@example.com');
    for (const email of ['limit@example.com', 'unknown-limit@example.com']) {
      const results = [];
      for (let i = 0; i < 4; i++) {
        results.push(await requestConfirmationResend(open.db, { email, ip: `198.51.100.${i}`, pageLocale: 'de', appUrl, now: minutes(i) }));
      }
      expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, retryAfterSeconds: 57 * 60 }]);
      // After the hour it works again.
      expect(await requestConfirmationResend(open.db, { email, ip: '198.51.100.9', pageLocale: 'de', appUrl, now: minutes(61) })).toEqual({ ok: true });
    }
    // Registration mail, three resends, one after the hour: the refused request sent nothing.
    expect(await mailCount('limit@example.com')).toBe(5);
    expect(await mailCount('unknown-limit@example.com')).toBe(0);
  });

  it.skipIf(!enabled)('with a scheduler, the answer comes before any lookup or mail, so known and unknown take alike', async () => {
    await register('later@example.com');
    const jobs: (() => Promise<unknown>)[] = [];
    const schedule = (send: () => Promise<unknown>) => jobs.push(send);
    const input = { pageLocale: 'de' as const, appUrl, now: minutes(0) };
    expect(await requestConfirmationResend(open.db, { ...input, email: 'later@example.com', ip: '192.0.2.1' }, { schedule })).toEqual({ ok: true });
    expect(await requestConfirmationResend(open.db, { ...input, email: 'never@example.com', ip: '192.0.2.1' }, { schedule })).toEqual({ ok: true });
    expect(await mailCount('later@example.com')).toBe(1);
    await Promise.all(jobs.map((job) => job()));
    expect(await mailCount('later@example.com')).toBe(2);
    expect(await mailCount('never@example.com')).toBe(0);
  });

  it.skipIf(!enabled)('allows 20 requests per IP an hour, whatever the addresses', async () => {
    const ip = '203.0.113.50';
    const results = [];
    for (let i = 0; i < 21; i++) {
      results.push(await requestConfirmationResend(open.db, { email: `ip-${i}@example.com`, ip, pageLocale: 'de', appUrl, now: minutes(0) }));
    }
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results[20]).toEqual({ ok: false, retryAfterSeconds: 3600 });
  });
});
