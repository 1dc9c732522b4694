import type { Database } from '@/db';
import { deleteStaleBuckets } from '@/db/queries/rate-limits';
import { deleteExpiredSessions } from '@/db/queries/sessions';
import { deleteMailTo, deleteUnconfirmedUsersCreatedBefore } from '@/db/queries/unconfirmed-profiles';
import { CONFIRMATION_VALID_DAYS } from './complete-registration';

const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeReport = { profiles: number; mails: number; rateLimitBuckets: number; sessions: number };

/**
 * The promise of the registration mail: a profile not confirmed within 7 days is deleted, with its tokens,
 * consent rows (cascading foreign keys) and its mail, in one transaction. Confirmed profiles are never touched.
 * Rate-limit buckets whose window ended a day ago go too, and sessions past their end; they hold nothing any more.
 */
export async function purgeUnconfirmed(db: Database, now = new Date()): Promise<PurgeReport> {
  const cutoff = new Date(now.getTime() - CONFIRMATION_VALID_DAYS * DAY_MS);
  return db.transaction(async (tx) => {
    const addresses = await deleteUnconfirmedUsersCreatedBefore(tx, cutoff);
    const mails = await deleteMailTo(tx, addresses);
    const rateLimitBuckets = await deleteStaleBuckets(tx, new Date(now.getTime() - DAY_MS));
    const sessions = await deleteExpiredSessions(tx, now);
    return { profiles: addresses.length, mails, rateLimitBuckets, sessions };
  });
}

export function describePurge(report: PurgeReport): string {
  return `deleted ${report.profiles} unconfirmed profile(s) older than ${CONFIRMATION_VALID_DAYS} days, ${report.mails} mail(s) to them, ${report.rateLimitBuckets} stale rate-limit bucket(s) and ${report.sessions} expired session(s)`;
}
