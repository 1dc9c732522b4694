import { Resend } from 'resend';
import type { OutboxMail } from '@/db/schema';
import type { MailTransport, SendResult } from './deliver';

export type ResendTransportOptions = {
  apiKey: string;
  /** A sender on a domain verified at Resend, e.g. "Mein ias <meinias@mail.example.com>". */
  from: string;
  /** Only for tests and proxies; unset, the SDK uses RESEND_BASE_URL or api.resend.com. */
  baseUrl?: string;
  /** A send that takes longer counts as failed and is retried later. */
  timeoutMs?: number;
};

export const RESEND_TIMEOUT_MS = 10_000;

/** The same outbox row always sends the same key, so a retry after a lost answer never sends the mail twice. */
export function idempotencyKeyFor(mail: Pick<OutboxMail, 'id'>): string {
  return `mail-outbox/${mail.id}`;
}

/** Seconds (or an HTTP date) from a Retry-After header, as milliseconds. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delivers outbox mail with the official SDK. The client is created on the first send, not at import: the SDK
 * throws without a key, and most requests never send mail.
 */
export function resendTransport(options: ResendTransportOptions): MailTransport {
  let client: Resend | undefined;
  const timeoutMs = options.timeoutMs ?? RESEND_TIMEOUT_MS;
  return {
    deliveredStatus: 'sent',
    async send(mail: OutboxMail): Promise<SendResult> {
      client ??= new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const { data, error, headers } = await client.emails.send(
          { from: options.from, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text },
          { idempotencyKey: idempotencyKeyFor(mail), signal: controller.signal },
        );
        if (controller.signal.aborted) return { ok: false, error: `timed out after ${timeoutMs} ms` };
        if (error) {
          // The provider's message names the problem (rate limit, invalid sender …), never the recipient.
          const status = error.statusCode ?? 'network';
          return { ok: false, error: `resend ${status} ${error.name}: ${error.message}`, retryAfterMs: retryAfterMs(headers?.['retry-after']) };
        }
        return { ok: true, providerMessageId: data.id };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
