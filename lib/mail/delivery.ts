import 'server-only';
import { after } from 'next/server';
import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { deliverDueMail, type MailTransport } from './deliver';
import { transportFor } from './transport-for';

let cached: { transport: MailTransport | null } | undefined;

/** This deployment's transport, made once per instance (the Resend client inside it is made on first send). */
export function currentTransport(): MailTransport | null {
  cached ??= { transport: transportFor(env()) };
  return cached.transport;
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
