import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { mailOutbox } from '../schema';

export type MailCount = { template: string; status: 'pending' | 'sent' | 'captured' | 'failed'; count: number };

/** How many mails of each template are in each state, of those written since `since`. */
export async function countMailByTemplate(db: Executor, since: Date): Promise<MailCount[]> {
  return db
    .select({ template: mailOutbox.template, status: mailOutbox.status, count: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(gte(mailOutbox.createdAt, since))
    .groupBy(mailOutbox.template, mailOutbox.status)
    .orderBy(mailOutbox.template, mailOutbox.status);
}

/** A failed mail as support sees it: to whom, which template, why; never its subject or body. */
export type FailedMail = { id: string; to: string; template: string; createdAt: Date; attempts: number; lastError: string | null };

export async function listFailedMail(db: Executor, since: Date, limit: number): Promise<FailedMail[]> {
  return db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      template: mailOutbox.template,
      createdAt: mailOutbox.createdAt,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'failed'), gte(mailOutbox.createdAt, since)))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}

/**
 * A failed mail goes back into the queue with a fresh count of attempts, due now; returns its template, or
 * undefined when no failed mail has that id (delivered meanwhile, deleted, or never there).
 */
export async function requeueFailedMail(db: Executor, id: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(mailOutbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'failed')))
    .returning({ template: mailOutbox.template });
  return row?.template;
}
