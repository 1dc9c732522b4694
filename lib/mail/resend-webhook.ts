import { Resend } from 'resend';
import type { Executor } from '@/db';
import { markAddressesBounced } from '@/db/queries/mail-bounces';
import { printable } from '@/lib/validation/fields';

export type WebhookConfig = { apiKey?: string; webhookSecret?: string };

/** What a verified event changes: a hard bounce or a suppression marks the addresses as not deliverable. */
export function bouncingAddressesIn(event: { type: string; data?: unknown }): string[] {
  const data = (event.data ?? {}) as { to?: unknown; bounce?: { type?: unknown } };
  // Only what can be an address: a NUL in a signed event would make PostgreSQL refuse the whole update.
  const to = Array.isArray(data.to) ? data.to.filter((a): a is string => typeof a === 'string' && a.length <= 254 && printable(a)) : [];
  if (event.type === 'email.bounced' && data.bounce?.type === 'Permanent') return to;
  if (event.type === 'email.suppressed') return to;
  return [];
}

function isEvent(value: unknown): value is { type: string; data?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Resend's webhook (Svix-style signed: svix-id, svix-timestamp, svix-signature over the raw body). Only a
 * verified event changes anything; transient bounces are left to the retries.
 */
export async function handleResendWebhook(db: Executor, request: Request, config: WebhookConfig, now = new Date()): Promise<Response> {
  if (!config.apiKey || !config.webhookSecret) {
    return Response.json({ error: 'webhook not configured' }, { status: 503 });
  }
  const payload = await request.text();
  const id = request.headers.get('svix-id');
  const timestamp = request.headers.get('svix-timestamp');
  const signature = request.headers.get('svix-signature');
  if (!id || !timestamp || !signature) return Response.json({ error: 'missing signature' }, { status: 400 });
  let event: unknown;
  try {
    event = new Resend(config.apiKey).webhooks.verify({
      payload,
      headers: { id, timestamp, signature },
      webhookSecret: config.webhookSecret,
    });
  } catch {
    return Response.json({ error: 'invalid signature' }, { status: 400 });
  }
  // Signed is not well-formed: an empty or non-object body verifies too, and used to end in a TypeError (a 500).
  if (!isEvent(event)) return Response.json({ error: 'invalid event' }, { status: 400 });
  const addresses = bouncingAddressesIn(event);
  const marked = await markAddressesBounced(db, addresses, now);
  if (marked > 0) console.log(`resend webhook: ${event.type} marked ${marked} address(es) as bouncing`);
  return Response.json({ received: event.type, marked });
}
