import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Locale, mailOutbox, type OutboxMail } from '../schema';

export type NewMail = {
  to: string;
  template: string;
  locale: Locale;
  subject: string;
  html: string;
  text: string;
  discardAfter?: Date | null;
};

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

/**
 * A mail handed to the provider keeps no body: the provider has it, and a stored copy of a link is one more place
 * to steal it from. A captured mail keeps its body; it is what the mailbox shows (for a day, see below).
 */
export async function markMailDelivered(
  db: Executor,
  id: string,
  status: 'sent' | 'captured',
  at: Date,
  providerMessageId?: string,
): Promise<void> {
  const body = status === 'sent' ? { html: '', text: '' } : {};
  await db
    .update(mailOutbox)
    .set({ status, deliveredAt: at, providerMessageId: providerMessageId ?? null, lastError: null, ...body })
    .where(eq(mailOutbox.id, id));
}

/** Which rows a reader may still see: those at `now` younger than `capturedForMs` and carrying no expired link. */
export type Visibility = { now: Date; capturedForMs: number };

/** The rule deleteStaleMail enforces, so the mailbox never shows what the next clean-up would delete. */
function visible(options: Visibility | undefined) {
  if (!options) return undefined;
  return and(
    or(isNull(mailOutbox.discardAfter), gt(mailOutbox.discardAfter, options.now)),
    gt(mailOutbox.createdAt, new Date(options.now.getTime() - options.capturedForMs)),
  );
}

/**
 * Deletes what no one should find: every mail whose link expired (whatever its status), captured mail older
 * than `capturedForMs`, and sent or failed rows older than `deliveredForMs` (kept that long for support).
 */
export async function deleteStaleMail(
  db: Executor,
  now: Date,
  keep: { capturedForMs: number; deliveredForMs: number },
): Promise<number> {
  const rows = await db
    .delete(mailOutbox)
    .where(
      or(
        lte(mailOutbox.discardAfter, now),
        and(eq(mailOutbox.status, 'captured'), lt(mailOutbox.createdAt, new Date(now.getTime() - keep.capturedForMs))),
        and(inArray(mailOutbox.status, ['sent', 'failed']), lt(mailOutbox.createdAt, new Date(now.getTime() - keep.deliveredForMs))),
      ),
    )
    .returning({ id: mailOutbox.id });
  return rows.length;
}

/** The outbox copies of mail to these addresses (of registrations deleted unconfirmed). */
export async function deleteMailTo(db: Executor, addresses: string[]): Promise<number> {
  if (addresses.length === 0) return 0;
  const lowered = addresses.map((a) => a.toLowerCase());
  const rows = await db
    .delete(mailOutbox)
    .where(inArray(sql`lower(${mailOutbox.to})`, lowered))
    .returning({ id: mailOutbox.id });
  return rows.length;
}

export async function markMailFailed(db: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  await db
    .update(mailOutbox)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed' })
    .where(eq(mailOutbox.id, id));
}

/** The built-in mailbox: newest first, optionally for one recipient (case-insensitive) and only what is visible. */
export async function listMailbox(db: Executor, options: { to?: string; limit: number; visible?: Visibility }): Promise<OutboxMail[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(and(visible(options.visible), options.to ? sql`lower(${mailOutbox.to}) = lower(${options.to})` : undefined))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit);
}

export async function findMail(db: Executor, id: string, options: { visible?: Visibility } = {}): Promise<OutboxMail | undefined> {
  const [row] = await db.select().from(mailOutbox).where(and(eq(mailOutbox.id, id), visible(options.visible))).limit(1);
  return row;
}

/** What the person may see of a mail to their address: never its body, nor the provider's id. */
export type MailSummary = Pick<OutboxMail, 'template' | 'locale' | 'status' | 'createdAt' | 'deliveredAt'>;

/** The outbox rows to this address (case-insensitive), newest first, without their bodies. */
export function listMailSummariesTo(db: Executor, address: string): Promise<MailSummary[]> {
  return db
    .select({
      template: mailOutbox.template,
      locale: mailOutbox.locale,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      deliveredAt: mailOutbox.deliveredAt,
    })
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.to}) = lower(${address})`)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
}
