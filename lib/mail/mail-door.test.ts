import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findMail, listMailbox } from '@/db/queries/mail-outbox';
import { mailOutbox, type OutboxMail } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { deliverDueMail, MAX_ATTEMPTS, mailboxTransport, type MailTransport } from './deliver';
import { sendMail } from './send-mail';
import { useTestDatabase } from '@/db/test-database-hooks';

describe.each(testDatabaseKinds)('mail door on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled, { seed: false });

  it.skipIf(!enabled)('sendMail renders the template in the requested language into the outbox', async () => {
    const id = await sendMail(open.db, {
      to: 'qa@example.com',
      template: 'test',
      locale: 'en',
      data: { portalUrl: 'http://localhost:3000/en' },
    });
    const mail = await findMail(open.db, id);
    expect(mail).toMatchObject({ to: 'qa@example.com', status: 'pending', subject: 'Test message from “Mein ias”' });
    expect(mail!.html).toContain('href="http://localhost:3000/en"');
    expect(mail!.html).toContain('lang="en"');
    expect(mail!.text).toContain('this test message shows');
    expect(mail!.text).toContain('meinias@ias-gruppe.de');
    expect(mail!.text).not.toContain('<');
  });

  it.skipIf(!enabled)('the mailbox transport captures every due mail exactly once', async () => {
    await sendMail(open.db, { to: 'second@example.com', template: 'test', locale: 'de', data: { portalUrl: 'http://x/' } });
    const first = await deliverDueMail(open.db, mailboxTransport);
    const second = await deliverDueMail(open.db, mailboxTransport);
    expect(first.delivered).toBe(2);
    expect(second.delivered).toBe(0);
    const [newest] = await listMailbox(open.db, { limit: 1 });
    expect(newest).toMatchObject({ to: 'second@example.com', status: 'captured', subject: 'Testnachricht von „Mein ias“' });
    expect(await listMailbox(open.db, { to: 'QA@example.com', limit: 10 })).toHaveLength(1);
  });

  it.skipIf(!enabled)('a failing provider leaves the mail pending with a later retry, and gives up after the limit', async () => {
    const id = await sendMail(open.db, { to: 'flaky@example.com', template: 'test', locale: 'de', data: { portalUrl: 'http://x/' } });
    const attempts: string[] = [];
    const failing: MailTransport = {
      deliveredStatus: 'sent',
      send: async (mail: OutboxMail) => {
        attempts.push(mail.id);
        return { ok: false, error: 'provider down', retryAfterMs: 90_000 };
      },
    };
    let clock = Date.now();
    const report = await deliverDueMail(open.db, failing, { now: () => new Date(clock) });
    expect(report).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    let mail = await findMail(open.db, id);
    expect(mail!.status).toBe('pending');
    expect(mail!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(clock + 90_000);
    // Not due yet: nothing is tried.
    expect((await deliverDueMail(open.db, failing, { now: () => new Date(clock + 1000) })).retrying).toBe(0);
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      clock += 2 * 60 * 60_000;
      await deliverDueMail(open.db, failing, { now: () => new Date(clock) });
    }
    mail = await findMail(open.db, id);
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(mail).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'provider down' });
  });

  it.skipIf(!enabled)('two deliverers running at once never take the same mail', async () => {
    await open.db.delete(mailOutbox);
    for (let i = 0; i < 6; i++) {
      await sendMail(open.db, { to: `p${i}@example.com`, template: 'test', locale: 'de', data: { portalUrl: 'http://x/' } });
    }
    const sent: string[] = [];
    const slow: MailTransport = {
      deliveredStatus: 'sent',
      send: async (mail) => {
        sent.push(mail.id);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { ok: true, providerMessageId: `msg-${mail.id}` };
      },
    };
    await Promise.all([deliverDueMail(open.db, slow, { limit: 3 }), deliverDueMail(open.db, slow, { limit: 3 })]);
    await deliverDueMail(open.db, slow);
    expect(sent).toHaveLength(6);
    expect(new Set(sent).size).toBe(6);
    const rows = await open.db.select().from(mailOutbox).where(eq(mailOutbox.status, 'sent'));
    expect(rows).toHaveLength(6);
  });
});
