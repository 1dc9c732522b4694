import { z } from 'zod';
import { getDatabase } from '@/lib/database';
import { mailboxMails } from '@/lib/mail/retention';
import { refuseUnlessMailboxReader } from '@/lib/mail/mailbox-guard';
import { linksIn } from '@/lib/mail/links';
import { printable } from '@/lib/validation/fields';

const query = z.object({
  // NUL and other control characters: PostgreSQL refuses them in text, which was a 500 (`?to=%00`).
  to: z.string().trim().max(254).refine(printable).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** For automation: the mailbox as JSON, newest first, each mail with its text, HTML and links. */
export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnlessMailboxReader(request);
  if (refused) return refused;
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) return Response.json({ error: 'invalid query' }, { status: 400 });
  const db = await getDatabase();
  const rows = await mailboxMails(db, { to: params.data.to || undefined, limit: params.data.limit });
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
