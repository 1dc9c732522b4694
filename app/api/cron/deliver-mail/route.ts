import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { refuseUnlessCron } from '@/lib/cron/cron-auth';
import { deliverAllDueMail, describeDelivery } from '@/lib/mail/deliver';
import { currentTransport } from '@/lib/mail/delivery';
import { discardStaleMail } from '@/lib/mail/retention';

// Worst case with a hanging provider: 60 s of batches started, plus one batch of 10 sends at the 10 s timeout.
export const maxDuration = 300;

/** Vercel Cron: retries the mail that the after-response delivery could not send (provider down, throttled). */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnlessCron(request, env().CRON_SECRET);
  if (refused) return refused;
  const db = await getDatabase();
  const report = await deliverAllDueMail(db, currentTransport(), { batchSize: 10, budgetMs: 60_000 });
  // Every ten minutes, so a captured mail is gone soon after its day and a reset mail soon after its hour.
  const discarded = await discardStaleMail(db);
  console.log(`cron deliver-mail: ${describeDelivery(report)}; ${discarded} stale mail(s) deleted`);
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
