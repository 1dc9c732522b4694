import { z } from 'zod';
import { getDatabase } from '@/lib/database';
import { countRecordsForEmail } from '@/db/queries/records';
import { refuseUnlessMailboxReader } from '@/lib/mail/mailbox-guard';

const query = z.object({ email: z.email().max(254) });

/**
 * For automation, wherever the dev mailbox is on (never in production): how many rows exist about one address,
 * so a test can prove that declining stored nothing. Counts only, no content.
 */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnlessMailboxReader(request);
  if (refused) return refused;
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) return Response.json({ error: 'invalid query' }, { status: 400 });
  const counts = await countRecordsForEmail(await getDatabase(), params.data.email);
  return Response.json(counts, { headers: { 'Cache-Control': 'no-store' } });
}
