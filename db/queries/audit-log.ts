import { and, desc, eq, lt, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { auditLog } from '../schema';

export type AuditEvent =
  | 'registration_completed'
  | 'registration_replaced'
  | 'registration_existing_confirmed'
  | 'email_confirmed'
  | 'sign_in_succeeded'
  | 'sign_in_failed'
  | 'sign_in_unconfirmed'
  | 'sign_in_throttled'
  | 'sign_out'
  | 'password_reset_requested'
  | 'confirmation_resend_requested'
  | 'rate_limited'
  | 'password_reset_completed'
  // "Mein Profil": a new password, a new address asked for (a link to it) and confirmed.
  | 'password_changed'
  | 'email_change_requested'
  | 'email_changed'
  | 'sign_in_company_inactive'
  | 'profile_deleted'
  // "Meine Angaben" (details.fields: the names of the changed fields) and the consent ledger (details.kind, granted).
  | 'profile_updated'
  | 'consent_changed'
  // "Mein Profil" → Sitzungen, Meine Daten: one session ended, all of them ended, the export downloaded.
  | 'session_ended'
  | 'signed_out_everywhere'
  | 'data_exported'
  // Operator actions: `userId` is the operator's, `details.via` says 'cli' where there is none.
  | 'company_created'
  | 'company_renamed'
  | 'company_deactivated'
  | 'company_activated'
  | 'domain_added'
  | 'domain_removed'
  | 'content_imported'
  | 'content_unlocked'
  | 'content_locked'
  | 'person_looked_up'
  | 'person_sessions_ended'
  | 'person_throttle_lifted'
  | 'operator_granted'
  | 'operator_revoked'
  | 'content_saved'
  | 'person_confirmation_resent'
  | 'mail_retried';

/** Security events only: never a password, token, hash or full address in `details`. */
export async function recordAudit(
  db: Executor,
  entry: {
    event: AuditEvent;
    userId?: string;
    /** A keyed hash of the client's IP (lib/security/ip-hash.ts), never the address itself. */
    ipHash?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    event: entry.event,
    userId: entry.userId ?? null,
    ipHash: entry.ipHash ?? null,
    details: entry.details ?? null,
  });
}

/** When the person last signed in successfully, as far as the audit log still remembers. */
export async function findLastAuditedSignIn(db: Executor, userId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: max(auditLog.createdAt) })
    .from(auditLog)
    .where(and(eq(auditLog.userId, userId), eq(auditLog.event, 'sign_in_succeeded')));
  return row?.at ?? undefined;
}

/** The retention purge: every event older than `before`, whoever it is about. */
export async function deleteAuditEventsBefore(db: Executor, before: Date): Promise<number> {
  const rows = await db.delete(auditLog).where(lt(auditLog.createdAt, before)).returning({ id: auditLog.id });
  return rows.length;
}

/** What the person may see of an audit event: what happened and when (never an IP hash, nor who else acted). */
export type AuditEventSummary = { event: string; createdAt: Date };

/**
 * The events about the person, newest first: their own (sign-ins, changes) and operators' actions on them
 * (`details.subject`, the operator left unnamed). Only event and time leave the database.
 */
export function listAuditEventsAbout(db: Executor, userId: string): Promise<AuditEventSummary[]> {
  return db
    .select({ event: auditLog.event, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(or(eq(auditLog.userId, userId), sql`${auditLog.details} ->> 'subject' = ${userId}`))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}
