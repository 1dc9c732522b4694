import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db';
import { findMail } from '@/db/queries/mail-outbox';
import { findNewestRegistration } from '@/db/queries/registrations';
import { mailOutbox } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, testDatabaseKinds } from '@/db/testing';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { deliverDueMail } from './deliver';
import { idempotencyKeyFor, resendTransport, retryAfterMs } from './resend-transport';
import { sendMail } from './send-mail';
import { type FakeResend, startFakeResend } from './testing/fake-resend';
import { acceptInput } from '@/lib/testing/fixtures';

const FROM = 'Mein ias <meinias@mail.example.com>';
const HOUR = 60 * 60_000;

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Fri, 27 Nov 2026 10:01:00 GMT', Date.parse('2026-11-27T10:00:00Z'))).toBe(60_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

describe.each(testDatabaseKinds)('Resend delivery against a fake Resend API on $label', ({ kind, enabled }) => {
  let open: OpenDatabase;
  let fake: FakeResend;
  beforeAll(async () => {
    if (!enabled) return;
    open = await createTestDatabase(kind);
    await seedDemoData(open.db);
    fake = await startFakeResend();
  });
  afterAll(async () => {
    await fake?.close();
    await open?.close();
  });
  beforeEach(async () => {
    if (!enabled) return;
    await open.db.delete(mailOutbox);
    fake.requests.length = 0;
    fake.accepted.clear();
    fake.setMode({ kind: 'accept' });
  });

  const transport = () => resendTransport({ apiKey: 're_test_key', from: FROM, baseUrl: fake.baseUrl, timeoutMs: 300 });

  it.skipIf(!enabled)('sends sender, recipient, subject, both parts and the outbox row as idempotency key', async () => {
    const id = await sendMail(open.db, {
      to: 'erika@example.com',
      template: 'confirm-email',
      locale: 'de',
      data: { confirmUrl: 'http://portal.test/bestaetigen?token=abc', validDays: 7 },
    });
    const stored = (await findMail(open.db, id))!;
    const report = await deliverDueMail(open.db, transport());

    expect(report).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/emails');
    expect(request!.headers['idempotency-key']).toBe(`mail-outbox/${id}`);
    expect(request!.headers.authorization).toBe('Bearer re_test_key');
    expect(request!.body).toEqual({
      from: FROM,
      to: 'erika@example.com',
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse für „Mein ias“',
      html: stored.html,
      text: stored.text,
    });
    expect(stored.html).toContain('href="http://portal.test/bestaetigen?token=abc"');
    expect(stored.text).toContain('Guten Tag,');
    // Once Resend has it, our copy keeps no body: the link it carried lies around nowhere.
    expect(await findMail(open.db, id)).toMatchObject({ status: 'sent', providerMessageId: 'fake-1', attempts: 1, html: '', text: '' });
  });

  it.skipIf(!enabled)('500, 429 and a hanging API leave registrations intact and mail pending; after recovery each mail goes out once', async () => {
    let clock = 0;
    const now = () => new Date(clock);
    const deliver = () => deliverDueMail(open.db, transport(), { now });
    const register = (email: string) =>
      completeRegistration(open.db, acceptInput(email));

    fake.setMode({ kind: 'fail', status: 500 });
    expect(await register('fault-a@example.com')).toBe('registered');
    expect(await register('fault-b@example.org')).toBe('registered');
    expect(await findNewestRegistration(open.db, 'fault-a@example.com')).toBeDefined();
    clock = Date.now() + 1000;
    expect(await deliver()).toEqual({ delivered: 0, retrying: 2, failed: 0 });

    clock += HOUR;
    fake.setMode({ kind: 'fail', status: 429, headers: { 'retry-after': '600' } });
    expect(await deliver()).toEqual({ delivered: 0, retrying: 2, failed: 0 });
    const throttled = await open.db.select().from(mailOutbox);
    for (const mail of throttled) {
      expect(mail.status).toBe('pending');
      expect(mail.lastError).toContain('429');
      expect(mail.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(clock + 600_000);
    }
    // Not due before the provider's Retry-After: nothing is sent.
    clock += 60_000;
    const before = fake.requests.length;
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(fake.requests).toHaveLength(before);

    clock += HOUR;
    fake.setMode({ kind: 'hang' });
    const started = Date.now();
    expect(await deliver()).toEqual({ delivered: 0, retrying: 2, failed: 0 });
    expect(Date.now() - started).toBeLessThan(5_000);
    for (const mail of await open.db.select().from(mailOutbox)) {
      expect(mail).toMatchObject({ status: 'pending', attempts: 3, lastError: 'timed out after 300 ms' });
    }

    clock += HOUR;
    fake.setMode({ kind: 'accept' });
    expect(await deliver()).toEqual({ delivered: 2, retrying: 0, failed: 0 });
    clock += HOUR;
    expect(await deliver()).toEqual({ delivered: 0, retrying: 0, failed: 0 });

    const mails = await open.db.select().from(mailOutbox);
    expect(mails.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect([...fake.accepted.entries()].sort()).toEqual(mails.map((m) => [idempotencyKeyFor(m), 1]).sort());
    // Every attempt of one mail carried the same key.
    const keys = new Set(fake.requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(2);
  });
});
