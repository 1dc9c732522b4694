import { beforeEach, describe, expect, it } from 'vitest';
import { claimDueMail } from '@/db/queries/mail-outbox';
import { mailOutbox } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { deliverAllDueMail, type MailTransport } from './deliver';
import { sendMail } from './send-mail';
import { useTestDatabase } from '@/db/test-database-hooks';

describe.each(testDatabaseKinds)('delivering a backlog on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled, { seed: false });
  beforeEach(async () => {
    if (!enabled) return;
    await open.db.delete(mailOutbox);
    for (let i = 0; i < 7; i++) {
      await sendMail(open.db, { to: `b${i}@example.com`, template: 'test', locale: 'de', data: { portalUrl: 'http://x/' } });
    }
  });

  const slow = (sent: string[], ms: number): MailTransport => ({
    deliveredStatus: 'sent',
    send: async (mail) => {
      sent.push(mail.id);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { ok: true };
    },
  });

  it.skipIf(!enabled)('one batch takes no more than its limit', async () => {
    expect(await claimDueMail(open.db, new Date(Date.now() + 1000), 2, 60_000)).toHaveLength(2);
    expect(await claimDueMail(open.db, new Date(Date.now() + 1000), 10, 60_000)).toHaveLength(5);
  });

  it.skipIf(!enabled)('takes batch after batch until nothing is due', async () => {
    const sent: string[] = [];
    expect(await deliverAllDueMail(open.db, slow(sent, 0), { batchSize: 3 })).toEqual({ delivered: 7, retrying: 0, failed: 0 });
    expect(new Set(sent).size).toBe(7);
  });

  it.skipIf(!enabled)('starts no new batch once its time budget is spent; the rest waits for the next run', async () => {
    const sent: string[] = [];
    const report = await deliverAllDueMail(open.db, slow(sent, 40), { batchSize: 2, budgetMs: 50 });
    expect(report.delivered).toBe(2);
    expect((await deliverAllDueMail(open.db, slow(sent, 0), { batchSize: 2 })).delivered).toBe(5);
  });
});
