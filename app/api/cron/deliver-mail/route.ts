import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { refuseUnlessCron } from '@/lib/cron/cron-auth';
import { deliverAllDueMail, describeDelivery } from '@/lib/mail/deliver';
import { currentTransport } from '@/lib/mail/delivery';

export const maxDuration = 60;

/** Vercel Cron: retries the mail that the after-response delivery could not send (provider down, throttled). */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnlessCron(request, env().CRON_SECRET);
  if (refused) return refused;
  const transport = currentTransport();
  if (!transport) return Response.json({ skipped: 'no mail transport configured' });
  const report = await deliverAllDueMail(await getDatabase(), transport);
  console.log(`cron deliver-mail: ${describeDelivery(report)}`);
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
