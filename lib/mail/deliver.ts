import type { Executor } from '@/db';
import { findBouncedAddresses } from '@/db/queries/mail-bounces';
import { claimDueMail, markMailDelivered, markMailFailed } from '@/db/queries/mail-outbox';
import type { OutboxMail } from '@/db/schema';
import { describeError, maskEmail } from '@/lib/log';

export type SendResult = { ok: true; providerMessageId?: string } | { ok: false; error: string; retryAfterMs?: number };

export type MailTransport = {
  /** `captured`: kept in the built-in mailbox; `sent`: handed to a provider. */
  deliveredStatus: 'sent' | 'captured';
  send(mail: OutboxMail): Promise<SendResult>;
};

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000;

/** 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 60 * 60_000);
}

export type DeliveryReport = { delivered: number; retrying: number; failed: number };

export async function deliverDueMail(
  db: Executor,
  transport: MailTransport,
  options: { now?: () => Date; limit?: number } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  const claimed = await claimDueMail(db, now(), options.limit ?? 20, LEASE_MS);
  const bounced = await findBouncedAddresses(db, claimed.map((mail) => mail.to));
  for (const mail of claimed) {
    if (bounced.has(mail.to.toLowerCase())) {
      // The provider reported this address as undeliverable: sending again would only hurt our sender reputation.
      await markMailFailed(db, mail.id, 'address bounced earlier', null);
      report.failed++;
      continue;
    }
    let result: SendResult;
    try {
      result = await transport.send(mail);
    } catch (error) {
      result = { ok: false, error: describeError(error) };
    }
    if (result.ok) {
      await markMailDelivered(db, mail.id, transport.deliveredStatus, now(), result.providerMessageId);
      report.delivered++;
      continue;
    }
    const giveUp = mail.attempts >= MAX_ATTEMPTS;
    const wait = Math.max(result.retryAfterMs ?? 0, backoffMs(mail.attempts));
    await markMailFailed(db, mail.id, result.error, giveUp ? null : new Date(now().getTime() + wait));
    if (giveUp) {
      report.failed++;
      console.error(`mail ${mail.id} (${mail.template}) to ${maskEmail(mail.to)} failed after ${mail.attempts} attempts`);
    } else {
      report.retrying++;
    }
  }
  return report;
}

/**
 * Delivers batches until nothing due is left, `maxBatches` ran or `budgetMs` passed, for the cron job and
 * `npm run mail:deliver`, which may find a backlog after a provider outage. The budget keeps a hanging provider
 * (each send may take the full timeout) from running a serverless function past its limit: what is left waits
 * for the next run.
 */
export async function deliverAllDueMail(
  db: Executor,
  transport: MailTransport,
  options: { now?: () => Date; batchSize?: number; maxBatches?: number; budgetMs?: number } = {},
): Promise<DeliveryReport> {
  const total: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  const batchSize = options.batchSize ?? 20;
  const started = Date.now();
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch++) {
    if (options.budgetMs !== undefined && Date.now() - started >= options.budgetMs) break;
    const report = await deliverDueMail(db, transport, { now: options.now, limit: batchSize });
    total.delivered += report.delivered;
    total.retrying += report.retrying;
    total.failed += report.failed;
    if (report.delivered + report.retrying + report.failed < batchSize) break;
  }
  return total;
}

export function describeDelivery(report: DeliveryReport): string {
  return `${report.delivered} delivered, ${report.retrying} to retry later, ${report.failed} given up`;
}

/** The built-in mailbox: the outbox row itself is the captured mail, shown on /dev/mailbox. */
export const mailboxTransport: MailTransport = {
  deliveredStatus: 'captured',
  send: async () => ({ ok: true }),
};
