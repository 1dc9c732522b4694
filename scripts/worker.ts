/**
 * `npm run worker`: the scheduled jobs of a self-hosted deployment in one long-running process (README,
 * "Operators"): mail every minute, the purge daily. SIGTERM or SIGINT stop it after the running job; it then
 * closes the database and exits 0. On Vercel the crons of vercel.json do the same work instead.
 */
import { parseEnv } from '@/lib/env';
import { describeError } from '@/lib/log';
import { transportFor } from '@/lib/mail/transport-for';
import { systemClock } from '@/lib/worker/clock';
import { MAIL_EVERY_MS, PURGE_EVERY_MS, workerJobs } from '@/lib/worker/jobs';
import { startWorker, stopOnSignals } from '@/lib/worker/worker';
import { openScriptDatabase } from './database-from-env';

try {
  const config = parseEnv(process.env);
  // Never assumed: against a production database without Resend's key, the mailbox would swallow its mail.
  if (!config.MAIL_TRANSPORT && !config.RESEND_API_KEY) throw new Error('set MAIL_TRANSPORT (resend or mailbox)');
  const open = await openScriptDatabase();
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const worker = startWorker(workerJobs(open.db, transportFor(config), systemClock), { clock: systemClock, log });
  stopOnSignals(worker, process, log);
  log(`worker: started (${open.target.kind}, mail via ${config.mailTransport}; mail every ${MAIL_EVERY_MS / 1000} s, purge every ${PURGE_EVERY_MS / 3_600_000} h)`);
  await worker.done;
  await open.close();
  log('worker: stopped');
} catch (error) {
  console.error(`worker failed: ${describeError(error)}`);
  process.exitCode = 1;
}
