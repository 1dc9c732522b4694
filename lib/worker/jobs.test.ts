import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { enqueueMail } from '@/db/queries/mail-outbox';
import { mailOutbox, registrations } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { mailboxTransport } from '@/lib/mail/deliver';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { acceptInput } from '@/lib/testing/fixtures';
import { MAIL_EVERY_MS, workerJobs } from './jobs';
import { fakeClock } from './testing';
import { startWorker } from './worker';

describe.each(testDatabaseKinds)('the worker’s jobs on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  describe.skipIf(!enabled)('', () => {
    it('delivers due mail and purges stale registrations, on injected time, and stops when told', async () => {
      await completeRegistration(open.db, acceptInput('stale@example.com', { now: new Date(Date.now() - 8 * 24 * 3600_000) }));
      await open.db.delete(mailOutbox);
      const id = await enqueueMail(open.db, { to: 'due@example.com', template: 'test', locale: 'de', subject: 's', html: '<p>h</p>', text: 't' });
      const start = new Date();
      const clock = fakeClock(start, { until: new Date(start.getTime() + 2 * MAIL_EVERY_MS), onEnd: () => worker.stop() });
      const log: string[] = [];

      const worker = startWorker(workerJobs(open.db, mailboxTransport, clock), { clock, log: (line) => log.push(line) });
      await worker.done;

      expect(log[0]).toBe('deliver-mail: 1 delivered, 0 to retry later, 0 given up; 0 stale mail(s) deleted');
      expect(log[1]).toMatch(/^purge: deleted 1 address\(es\) with unconfirmed registrations older than 7 days/);
      // The mail job ran again a minute later, found nothing to do and said nothing.
      expect(log).toHaveLength(2);
      expect((await open.db.select({ status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.id, id)))[0]?.status).toBe('captured');
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'stale@example.com'))).toEqual([]);
    });
  });
});
