import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { refuseUnlessCron } from '@/lib/cron/cron-auth';
import { describePurge, purgeUnconfirmed } from '@/lib/registration/purge-unconfirmed';

/** Vercel Cron: deletes the unconfirmed profiles older than 7 days, as the registration mail promises. */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnlessCron(request, env().CRON_SECRET);
  if (refused) return refused;
  const report = await purgeUnconfirmed(await getDatabase());
  console.log(`cron purge-unconfirmed: ${describePurge(report)}`);
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
