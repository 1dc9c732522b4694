import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { mailOutbox, users } from '../schema';

/**
 * Deletes the unconfirmed profiles created before `before`; their tokens and consent rows go with them (the
 * foreign keys cascade). Returns the deleted addresses, for removing their mail too.
 */
export async function deleteUnconfirmedUsersCreatedBefore(db: Executor, before: Date): Promise<string[]> {
  const rows = await db
    .delete(users)
    .where(and(isNull(users.confirmedAt), lt(users.createdAt, before)))
    .returning({ email: users.email });
  return rows.map((row) => row.email);
}

/** The outbox copies of mail to these addresses (the confirmation mails, with name and link). */
export async function deleteMailTo(db: Executor, addresses: string[]): Promise<number> {
  if (addresses.length === 0) return 0;
  const lowered = addresses.map((a) => a.toLowerCase());
  const rows = await db
    .delete(mailOutbox)
    .where(inArray(sql`lower(${mailOutbox.to})`, lowered))
    .returning({ id: mailOutbox.id });
  return rows.length;
}

/** A fresh confirmation link restarts the 7 days an unconfirmed profile is kept, as a new registration does. */
export async function restartUnconfirmedClock(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ createdAt: at, updatedAt: at })
    .where(and(eq(users.id, id), isNull(users.confirmedAt)));
}
