import { type AnyColumn, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { consents, emailTokens, mailOutbox, registrations, users } from '../schema';

export type RecordCounts = { registrations: number; users: number; consents: number; emailTokens: number; mails: number };

/** How many rows the database holds about one address: what QA checks after "Ablehnen" or "Akzeptieren". */
export async function countRecordsForEmail(db: Executor, email: string): Promise<RecordCounts> {
  const sameAddress = (column: AnyColumn) => sql`lower(${column}) = lower(${email})`;
  const [[r], [u], [c], [t], [m]] = await Promise.all([
    db.select({ n: count() }).from(registrations).where(sameAddress(registrations.email)),
    db.select({ n: count() }).from(users).where(sameAddress(users.email)),
    db.select({ n: count() }).from(consents).innerJoin(users, eq(users.id, consents.userId)).where(sameAddress(users.email)),
    db.select({ n: count() }).from(emailTokens).where(sameAddress(emailTokens.email)),
    db.select({ n: count() }).from(mailOutbox).where(sameAddress(mailOutbox.to)),
  ]);
  return { registrations: r!.n, users: u!.n, consents: c!.n, emailTokens: t!.n, mails: m!.n };
}
