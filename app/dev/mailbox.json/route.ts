import { z } from 'zod';
import { getDatabase } from '@/db';
import { listMailbox } from '@/db/queries/mail-outbox';
import { env } from '@/lib/env';
import { linksIn } from '@/lib/mail/links';

const query = z.object({
  to: z.string().trim().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** For automation: the mailbox as JSON, newest first, each mail with its text, HTML and links. */
export async function GET(request: Request): Promise<Response> {
  if (!env().devMailboxEnabled) return new Response('Not found', { status: 404 });
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) return Response.json({ error: 'invalid query' }, { status: 400 });
  const db = await getDatabase();
  const rows = await listMailbox(db, { to: params.data.to || undefined, limit: params.data.limit });
  const mails = rows.map(({ id, to, subject, status, template, locale, createdAt, text, html }) => ({
    id,
    to,
    subject,
    status,
    template,
    locale,
    createdAt,
    text,
    html,
    links: linksIn(html),
  }));
  return Response.json({ mails }, { headers: { 'Cache-Control': 'no-store' } });
}
