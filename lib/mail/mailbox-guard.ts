import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { env } from '@/lib/env';
import { mayReadMailbox } from './mailbox-access';

/** Mailbox pages and actions: a 404 for anyone who may not read it (see mayReadMailbox), as if it did not exist. */
export async function requireMailboxAccess(): Promise<void> {
  if (!mayReadMailbox(env(), (await headers()).get('authorization'))) notFound();
}

/** Mailbox JSON routes: the same rule, answered with a bare 404. */
export function refuseUnlessMailboxReader(request: Request): Response | null {
  if (mayReadMailbox(env(), request.headers.get('authorization'))) return null;
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
}
