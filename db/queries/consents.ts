import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../index';
import { consents } from '../schema';

export type ConsentKind = (typeof consents.$inferInsert)['kind'];

/** Appends to the ledger; earlier rows are never changed. */
export async function recordConsent(
  db: Executor,
  /** `createdAt`: when the person gave it, if not now (a registration's consents are recorded on confirmation). */
  entry: { userId: string; kind: ConsentKind; textVersion: string; granted: boolean; createdAt?: Date },
): Promise<void> {
  await db.insert(consents).values(entry);
}

/** Whether the newest ledger row for this kind grants it. */
export async function hasConsent(db: Executor, userId: string, kind: ConsentKind): Promise<boolean> {
  const [latest] = await db
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.kind, kind)))
    .orderBy(desc(consents.createdAt), desc(consents.id))
    .limit(1);
  return latest?.granted ?? false;
}
