import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { refuseUnlessCron } from '@/lib/cron/cron-auth';
import { deliverAllDueMail, describeDelivery } from '@/lib/mail/deliver';
import { currentTransport } from '@/lib/mail/delivery';

// Worst case with a hanging provider: 60 s of batches started, plus one batch of 10 sends at the 10 s timeout.
export const maxDuration = 300;

/** Vercel Cron: retries the mail that the after-response delivery could not send (provider down, throttled). */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnlessCron(request, env().CRON_SECRET);
  if (refused) return refused;
  const transport = currentTransport();
  if (!transport) return Response.json({ skipped: 'no mail transport configured' });
  const report = await deliverAllDueMail(await getDatabase(), transport, { batchSize: 10, budgetMs: 60_000 });
  console.log(`cron deliver-mail: ${describeDelivery(report)}`);
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
