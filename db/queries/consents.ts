import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Consent, consents, type Locale } from '../schema';

export type ConsentKind = (typeof consents.$inferInsert)['kind'];

/** Appends to the ledger; earlier rows are never changed. */
export async function recordConsent(
  db: Executor,
  /** `createdAt`: when the person gave it, if not now (a registration's consents are recorded on confirmation). */
  entry: { userId: string; kind: ConsentKind; textVersion: string; locale?: Locale | null; granted: boolean; createdAt?: Date },
): Promise<void> {
  await db.insert(consents).values(entry);
}

/** The newest ledger row of this kind (its version says whether a grant covers today's text). */
export async function findLatestConsent(db: Executor, userId: string, kind: ConsentKind): Promise<Consent | undefined> {
  const [latest] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.kind, kind)))
    .orderBy(desc(consents.createdAt), desc(consents.id))
    .limit(1);
  return latest;
}

/** Every ledger row of the person, newest first. */
export function listConsents(db: Executor, userId: string): Promise<Consent[]> {
  return db.select().from(consents).where(eq(consents.userId, userId)).orderBy(desc(consents.createdAt), desc(consents.id));
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

/** The profile is being deleted: its ledger stays as pseudonymous proof, dated from now for the retention purge. */
export async function markConsentsOfDeletedProfile(db: Executor, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(consents)
    .set({ profileDeletedAt: at })
    .where(and(eq(consents.userId, userId), isNull(consents.profileDeletedAt)))
    .returning({ id: consents.id });
  return rows.length;
}

/** The retention purge: proof of consents whose profile was deleted before `before`. */
export async function deleteConsentsOfProfilesDeletedBefore(db: Executor, before: Date): Promise<number> {
  const rows = await db.delete(consents).where(lt(consents.profileDeletedAt, before)).returning({ id: consents.id });
  return rows.length;
}
