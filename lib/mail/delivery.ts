import 'server-only';
import { after } from 'next/server';
import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { deliverDueMail, type MailTransport, mailboxTransport } from './deliver';
import { resendTransport } from './resend-transport';

let resend: MailTransport | undefined;

/**
 * The transport this deployment delivers with: Resend when RESEND_API_KEY is set, else the built-in mailbox.
 * Null only on Vercel production without a key, where mail waits, pending, in the outbox.
 */
export function currentTransport(): MailTransport | null {
  const config = env();
  if (config.RESEND_API_KEY && config.EMAIL_FROM) {
    resend ??= resendTransport({ apiKey: config.RESEND_API_KEY, from: config.EMAIL_FROM });
    return resend;
  }
  return config.devMailboxEnabled ? mailboxTransport : null;
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
