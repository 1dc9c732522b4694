import type { Database } from '@/db';
import { deleteEmailTokensExpiredBefore } from '@/db/queries/email-tokens';
import { deleteMailTo } from '@/db/queries/mail-outbox';
import { deleteStaleBuckets } from '@/db/queries/rate-limits';
import { deleteRegistrationsKeptUntil } from '@/db/queries/registrations';
import { discardStaleMail } from '@/lib/mail/retention';
import { CONFIRMATION_VALID_DAYS } from './issue-confirmation';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeReport = { registrations: number; mails: number; emailTokens: number; rateLimitBuckets: number };

/**
 * The promise of the registration mail: a registration not confirmed within 7 days of its newest link is
 * deleted, with its mail, in one transaction. Confirmed profiles are never touched. With it go what holds nothing
 * any more: mail past its retention (lib/mail/retention.ts), links a week past their expiry, and rate-limit
 * buckets whose window ended a day ago.
 */
export async function purgeUnconfirmed(db: Database, now = new Date()): Promise<PurgeReport> {
  return db.transaction(async (tx) => {
    const addresses = await deleteRegistrationsKeptUntil(tx, now);
    const mails = (await deleteMailTo(tx, addresses)) + (await discardStaleMail(tx, now));
    const emailTokens = await deleteEmailTokensExpiredBefore(tx, new Date(now.getTime() - CONFIRMATION_VALID_DAYS * DAY_MS));
    const rateLimitBuckets = await deleteStaleBuckets(tx, new Date(now.getTime() - DAY_MS));
    return { registrations: addresses.length, mails, emailTokens, rateLimitBuckets };
  });
}

export function describePurge(report: PurgeReport): string {
  return `deleted ${report.registrations} address(es) with unconfirmed registrations older than ${CONFIRMATION_VALID_DAYS} days, ${report.mails} mail(s), ${report.emailTokens} expired link(s) and ${report.rateLimitBuckets} stale rate-limit bucket(s)`;
}
