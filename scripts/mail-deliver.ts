import { parseEnv } from '@/lib/env';
import { deliverAllDueMail, describeDelivery } from '@/lib/mail/deliver';
import { transportFor } from '@/lib/mail/transport-for';
import { runScript } from './database-from-env';

// The cron job's work from a shell: delivers the due mail of DATABASE_URL (or PGLITE_DIR) with this environment's transport.
await runScript('mail:deliver', async (open) => {
  const transport = transportFor(parseEnv(process.env));
  if (!transport) throw new Error('no mail transport: set RESEND_API_KEY and EMAIL_FROM');
  return describeDelivery(await deliverAllDueMail(open.db, transport));
});
