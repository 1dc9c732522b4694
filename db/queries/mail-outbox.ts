import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Locale, mailOutbox, type OutboxMail } from '../schema';

export type NewMail = { to: string; template: string; locale: Locale; subject: string; html: string; text: string };

export async function enqueueMail(db: Executor, mail: NewMail): Promise<string> {
  // Due "now" by the app's clock, the clock claimDueMail compares with: the database's now() has microseconds
  // and may run ahead, which left a fresh mail not yet due for a delivery started in the same millisecond.
  const [row] = await db
    .insert(mailOutbox)
    .values({ ...mail, nextAttemptAt: new Date() })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}

/**
 * Takes up to `limit` due mails and pushes their next attempt past a lease, in one statement, so two deliverers
 * (the after-response job and the cron job, on any instance) never take the same mail at once.
 * The ids are collected with `= any(array(…))`, which PostgreSQL runs once: as `in (…)` the locking subquery ran
 * again for every row, each time finding the next due rows, so the limit held nothing back.
 */
export async function claimDueMail(db: Executor, now: Date, limit: number, leaseMs: number): Promise<OutboxMail[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(and(sql`${mailOutbox.id} = any(array(${due}))`, eq(mailOutbox.status, 'pending')))
    .returning();
}

export async function markMailDelivered(
  db: Executor,
  id: string,
  status: 'sent' | 'captured',
  at: Date,
  providerMessageId?: string,
): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status, deliveredAt: at, providerMessageId: providerMessageId ?? null, lastError: null })
    .where(eq(mailOutbox.id, id));
}

export async function markMailFailed(db: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  await db
    .update(mailOutbox)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed' })
    .where(eq(mailOutbox.id, id));
}

/** The built-in mailbox: newest first, optionally for one recipient (case-insensitive). */
export async function listMailbox(db: Executor, options: { to?: string; limit: number }): Promise<OutboxMail[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(options.to ? sql`lower(${mailOutbox.to}) = lower(${options.to})` : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit);
}

export async function findMail(db: Executor, id: string): Promise<OutboxMail | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  return row;
}
