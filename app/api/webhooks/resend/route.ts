import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { handleResendWebhook } from '@/lib/mail/resend-webhook';

/** Resend reports bounces here (Dashboard → Webhooks: email.bounced, email.suppressed). */
export async function POST(request: Request): Promise<Response> {
  const config = env();
  return handleResendWebhook(await getDatabase(), request, {
    apiKey: config.RESEND_API_KEY,
    webhookSecret: config.RESEND_WEBHOOK_SECRET,
  });
}
