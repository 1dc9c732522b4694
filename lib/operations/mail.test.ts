import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueMail, markMailDelivered, markMailFailed } from '@/db/queries/mail-outbox';
import { auditLog, mailOutbox } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { failedMails, mailStatistics, retryMail } from './mail';

const operator = { operatorId: '00000000-0000-4000-8000-000000000001' };
const DAY = 24 * 60 * 60_000;

describe.each(testDatabaseKinds)('console mail operations on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const mail = (to: string, template: string) => enqueueMail(open.db, { to, template, locale: 'de', subject: 'Betreff', html: '<p>geheim</p>', text: 'geheim' });

  describe.skipIf(!enabled)('', () => {
    it('counts the last 7 days by template: pending, sent (captured too) and failed', async () => {
      const now = new Date();
      await mail('a@example.com', 'confirm-email');
      const sent = await mail('b@example.com', 'confirm-email');
      await markMailDelivered(open.db, sent, 'sent', now);
      const captured = await mail('c@example.com', 'confirm-email');
      await markMailDelivered(open.db, captured, 'captured', now);
      const failed = await mail('d@example.com', 'password-reset');
      await markMailFailed(open.db, failed, 'rejected: d@example.com does not exist', null);
      const old = await mail('e@example.com', 'password-reset');
      await open.db.update(mailOutbox).set({ createdAt: new Date(now.getTime() - 8 * DAY) }).where(eq(mailOutbox.id, old));

      expect(await mailStatistics(open.db, now)).toEqual([
        { template: 'confirm-email', pending: 1, sent: 2, failed: 0 },
        { template: 'password-reset', pending: 0, sent: 0, failed: 1 },
      ]);
    });

    it('lists failed mails with the address masked, in the reason too, and never their content', async () => {
      const [failed] = await failedMails(open.db);
      expect(failed).toMatchObject({ maskedTo: 'd***@example.com', template: 'password-reset', reason: 'rejected: d***@example.com does not exist' });
      expect(JSON.stringify(failed)).not.toMatch(/geheim|Betreff|d@example\.com/);
    });

    it('retry puts a failed mail back in the queue, due now, audited with the operator; only a failed one', async () => {
      const [failed] = await failedMails(open.db);
      const now = new Date();
      expect(await retryMail(open.db, operator, failed!.id, now)).toEqual({ ok: true, template: 'password-reset' });
      const [row] = await open.db.select().from(mailOutbox).where(eq(mailOutbox.id, failed!.id));
      expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: null, nextAttemptAt: now });
      const [audit] = await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(audit).toMatchObject({ event: 'mail_retried', userId: operator.operatorId, details: { mail: failed!.id, template: 'password-reset' } });
      expect(await failedMails(open.db)).toEqual([]);
      expect(await retryMail(open.db, operator, failed!.id)).toMatchObject({ ok: false, code: 'noFailedMail' });
      expect(await retryMail(open.db, operator, 'not-an-id')).toMatchObject({ ok: false, code: 'noFailedMail' });
    });
  });
});
