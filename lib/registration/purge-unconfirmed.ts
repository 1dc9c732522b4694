import type { Database } from '@/db';
import { deleteEmailTokensExpiredBefore } from '@/db/queries/email-tokens';
import { deleteMailTo } from '@/db/queries/mail-outbox';
import { deleteStaleBuckets } from '@/db/queries/rate-limits';
import { deleteRegistrationsKeptUntil } from '@/db/queries/registrations';
import { deleteExpiredSessions } from '@/db/queries/sessions';
import { discardStaleMail } from '@/lib/mail/retention';
import { CONFIRMATION_VALID_DAYS } from './issue-confirmation';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeReport = { registrations: number; mails: number; emailTokens: number; rateLimitBuckets: number; sessions: number };

/**
 * The promise of the registration mail: a registration not confirmed within 7 days of its newest link is
 * deleted, with its mail, in one transaction. Confirmed profiles are never touched. With it go what holds nothing
 * any more: mail past its retention (lib/mail/retention.ts), links a week past their expiry, rate-limit buckets
 * whose window ended a day ago, and sessions past their end.
 */
export async function purgeUnconfirmed(db: Database, now = new Date()): Promise<PurgeReport> {
  return db.transaction(async (tx) => {
    const addresses = await deleteRegistrationsKeptUntil(tx, now);
    const mails = (await deleteMailTo(tx, addresses)) + (await discardStaleMail(tx, now));
    const emailTokens = await deleteEmailTokensExpiredBefore(tx, new Date(now.getTime() - CONFIRMATION_VALID_DAYS * DAY_MS));
    const rateLimitBuckets = await deleteStaleBuckets(tx, new Date(now.getTime() - DAY_MS));
    const sessions = await deleteExpiredSessions(tx, now);
    return { registrations: addresses.length, mails, emailTokens, rateLimitBuckets, sessions };
  });
}

export function describePurge(report: PurgeReport): string {
  return `deleted ${report.registrations} address(es) with unconfirmed registrations older than ${CONFIRMATION_VALID_DAYS} days, ${report.mails} mail(s), ${report.emailTokens} expired link(s), ${report.rateLimitBuckets} stale rate-limit bucket(s) and ${report.sessions} ended session(s)`;
}
