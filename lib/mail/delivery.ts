import 'server-only';
import { after } from 'next/server';
import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { deliverDueMail, type MailTransport, mailboxTransport } from './deliver';

/** The transport this deployment delivers with, or null when mail can only wait in the outbox. */
export function currentTransport(): MailTransport | null {
  if (env().devMailboxEnabled) return mailboxTransport;
  // Resend delivery arrives with the mail-delivery issue; until then mail waits, pending, in the outbox.
  return null;
}

/** Delivers due mail once the response has been sent, so the person never waits for the mail provider. */
export function deliverMailAfterResponse(): void {
  after(async () => {
    const transport = currentTransport();
    if (!transport) return;
    try {
      await deliverDueMail(await getDatabase(), transport);
    } catch (error) {
      console.error('mail delivery after response failed:', error instanceof Error ? error.message : error);
    }
  });
}
