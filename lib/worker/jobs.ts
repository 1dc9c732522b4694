import type { Database } from '@/db';
import { deliverAllDueMail, describeDelivery, type MailTransport } from '@/lib/mail/deliver';
import { discardStaleMail } from '@/lib/mail/retention';
import { describePurge, purgeUnconfirmed } from '@/lib/registration/purge-unconfirmed';
import type { Clock } from './clock';
import type { Job } from './worker';

export const MAIL_EVERY_MS = 60_000;
export const PURGE_EVERY_MS = 24 * 60 * 60_000;

/**
 * What the Vercel crons do (app/api/cron/*), for a self-hosted deployment: deliver due mail every minute (and drop
 * stale mail), purge daily (unconfirmed registrations, and what lib/legal/retention.ts no longer allows).
 */
export function workerJobs(db: Database, transport: MailTransport, clock: Clock): Job[] {
  return [
    {
      name: 'deliver-mail',
      everyMs: MAIL_EVERY_MS,
      run: async (now) => {
        // Stops starting batches after 50 s, so a backlog never pushes the next turn far past its minute.
        const report = await deliverAllDueMail(db, transport, { now: () => clock.now(), budgetMs: 50_000 });
        const discarded = await discardStaleMail(db, now);
        if (report.delivered + report.retrying + report.failed + discarded === 0) return undefined;
        return `${describeDelivery(report)}; ${discarded} stale mail(s) deleted`;
      },
    },
    { name: 'purge', everyMs: PURGE_EVERY_MS, run: async (now) => describePurge(await purgeUnconfirmed(db, now)) },
  ];
}
