import type { Database } from '@/db';
import { deleteAuditEventsBefore } from '@/db/queries/audit-log';
import { deleteConsentsOfProfilesDeletedBefore } from '@/db/queries/consents';
import { deleteEmailTokensExpiredBefore } from '@/db/queries/email-tokens';
import { deleteMailTo } from '@/db/queries/mail-outbox';
import { deleteStaleBuckets } from '@/db/queries/rate-limits';
import { deleteRegistrationsKeptUntil } from '@/db/queries/registrations';
import { deleteExpiredSessions } from '@/db/queries/sessions';
import { AUDIT_EVENT_RETENTION_YEARS, CONSENT_PROOF_RETENTION_YEARS, yearsBefore } from '@/lib/legal/retention';
import { discardStaleMail } from '@/lib/mail/retention';
import { CONFIRMATION_VALID_DAYS } from './issue-confirmation';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeReport = {
  registrations: number;
  mails: number;
  emailTokens: number;
  rateLimitBuckets: number;
  sessions: number;
  consents: number;
  auditEvents: number;
};

/**
 * The promise of the registration mail: a registration not confirmed within 7 days of its newest link is
 * deleted, with its mail, in one transaction. Confirmed profiles are never touched. With it go what holds nothing
 * any more: mail past its retention (lib/mail/retention.ts), links a week past their expiry, rate-limit buckets
 * whose window ended a day ago, sessions past their end, and what the privacy figures in lib/legal/retention.ts
 * allow no longer: consent proof 3 years after its profile was deleted, audit events after a year.
 */
export async function purgeUnconfirmed(db: Database, now = new Date()): Promise<PurgeReport> {
  return db.transaction(async (tx) => {
    const addresses = await deleteRegistrationsKeptUntil(tx, now);
    const mails = (await deleteMailTo(tx, addresses)) + (await discardStaleMail(tx, now));
    const emailTokens = await deleteEmailTokensExpiredBefore(tx, new Date(now.getTime() - CONFIRMATION_VALID_DAYS * DAY_MS));
    const rateLimitBuckets = await deleteStaleBuckets(tx, new Date(now.getTime() - DAY_MS));
    const sessions = await deleteExpiredSessions(tx, now);
    const consents = await deleteConsentsOfProfilesDeletedBefore(tx, yearsBefore(now, CONSENT_PROOF_RETENTION_YEARS));
    const auditEvents = await deleteAuditEventsBefore(tx, yearsBefore(now, AUDIT_EVENT_RETENTION_YEARS));
    return { registrations: addresses.length, mails, emailTokens, rateLimitBuckets, sessions, consents, auditEvents };
  });
}

export function describePurge(report: PurgeReport): string {
  return (
    `deleted ${report.registrations} address(es) with unconfirmed registrations older than ${CONFIRMATION_VALID_DAYS} days, ` +
    `${report.mails} mail(s), ${report.emailTokens} expired link(s), ${report.rateLimitBuckets} stale rate-limit bucket(s), ` +
    `${report.sessions} ended session(s), ${report.consents} consent record(s) of profiles deleted over ` +
    `${CONSENT_PROOF_RETENTION_YEARS} years ago and ${report.auditEvents} audit event(s) older than ${AUDIT_EVENT_RETENTION_YEARS} year(s)`
  );
}
