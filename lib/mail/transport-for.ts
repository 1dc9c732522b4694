import type { Env } from '@/lib/env';
import { type MailTransport, mailboxTransport } from './deliver';
import { resendTransport } from './resend-transport';

/** The transport a configuration delivers with; lib/env.ts has already refused a production without one. */
export function transportFor(config: Env): MailTransport {
  if (config.mailTransport === 'resend' && config.RESEND_API_KEY && config.EMAIL_FROM) {
    return resendTransport({ apiKey: config.RESEND_API_KEY, from: config.EMAIL_FROM });
  }
  return mailboxTransport;
}
