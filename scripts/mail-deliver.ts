import { parseEnv } from '@/lib/env';
import { deliverAllDueMail, describeDelivery } from '@/lib/mail/deliver';
import { transportFor } from '@/lib/mail/transport-for';
import { runScript } from './database-from-env';

// The cron job's work from a shell: delivers the due mail of DATABASE_URL (or PGLITE_DIR) with this environment's transport.
await runScript('mail:deliver', async (open) => {
  const config = parseEnv(process.env);
  // Never assumed: run against a production database without Resend's key, the mailbox would swallow its mail.
  if (!config.MAIL_TRANSPORT && !config.RESEND_API_KEY) throw new Error('set MAIL_TRANSPORT (resend or mailbox)');
  return describeDelivery(await deliverAllDueMail(open.db, transportFor(config)));
});
