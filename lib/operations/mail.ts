import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { countMailByTemplate, listFailedMail, requeueFailedMail } from '@/db/queries/mail-statistics';
import { maskEmail } from '@/lib/log';
import { type Actor, auditedBy } from './actor';
import { inTransaction, type OpsResult, refuse } from './result';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The console looks a week back: as long as sent and failed rows are kept (lib/mail/retention.ts). */
export const MAIL_STATISTICS_DAYS = 7;

export type TemplateCounts = { template: string; pending: number; sent: number; failed: number };

/**
 * Mails written in the last 7 days per template: pending, sent (to the provider, or captured by the built-in
 * mailbox where that delivers) and failed for good.
 */
export async function mailStatistics(db: Database, now = new Date()): Promise<TemplateCounts[]> {
  const rows = await countMailByTemplate(db, new Date(now.getTime() - MAIL_STATISTICS_DAYS * DAY_MS));
  const byTemplate = new Map<string, TemplateCounts>();
  for (const { template, status, count } of rows) {
    const counts = byTemplate.get(template) ?? { template, pending: 0, sent: 0, failed: 0 };
    counts[status === 'captured' ? 'sent' : status] += count;
    byTemplate.set(template, counts);
  }
  return [...byTemplate.values()];
}

export type FailedMailView = { id: string; maskedTo: string; template: string; createdAt: Date; attempts: number; reason: string };

const ADDRESS = /[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+/g;

/**
 * Failed mails of the last 7 days with the reason they failed, newest first. The address is masked, in the
 * reason too (a provider's message may quote it); the mail's content is never read.
 */
export async function failedMails(db: Database, now = new Date(), limit = 100): Promise<FailedMailView[]> {
  const rows = await listFailedMail(db, new Date(now.getTime() - MAIL_STATISTICS_DAYS * DAY_MS), limit);
  return rows.map((mail) => ({
    id: mail.id,
    maskedTo: maskEmail(mail.to),
    template: mail.template,
    createdAt: mail.createdAt,
    attempts: mail.attempts,
    reason: (mail.lastError ?? '').replace(ADDRESS, maskEmail),
  }));
}

/** Support: a failed mail is tried again from the start (it is due at once). Audited with the mail's id. */
export async function retryMail(db: Database, actor: Actor, id: string, now = new Date()): Promise<OpsResult<{ template: string }>> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return refuse('noFailedMail', { id: '' });
  return inTransaction(db, async (tx) => {
    const template = await requeueFailedMail(tx, id, now);
    if (!template) return refuse('noFailedMail', { id });
    await recordAudit(tx, { event: 'mail_retried', ...auditedBy(actor, { mail: id, template }) });
    return { ok: true, template };
  });
}
