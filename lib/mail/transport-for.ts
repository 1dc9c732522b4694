import type { Env } from '@/lib/env';
import { type MailTransport, mailboxTransport } from './deliver';
import { resendTransport } from './resend-transport';

/**
 * The transport a configuration delivers with: Resend when RESEND_API_KEY is set, else the built-in mailbox.
 * Null only on Vercel production without a key, where mail waits, pending, in the outbox.
 */
export function transportFor(config: Env): MailTransport | null {
  if (config.RESEND_API_KEY && config.EMAIL_FROM) {
    return resendTransport({ apiKey: config.RESEND_API_KEY, from: config.EMAIL_FROM });
  }
  return config.devMailboxEnabled ? mailboxTransport : null;
}
