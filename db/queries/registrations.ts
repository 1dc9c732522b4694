import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { type NewRegistration, type Registration, registrations } from '../schema';

export async function createRegistration(db: Executor, registration: NewRegistration): Promise<Registration> {
  const [row] = await db.insert(registrations).values(registration).returning();
  if (!row) throw new Error('registration insert returned no row');
  return row;
}

/** One attempt, locked for the caller's transaction when it is about to be confirmed. */
export async function findRegistration(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<Registration | undefined> {
  const query = db.select().from(registrations).where(eq(registrations.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The newest attempt for an address (what a resend refreshes, and what a sign-in checks the password against). */
export async function findNewestRegistration(db: Executor, email: string): Promise<Registration | undefined> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(eq(registrations.email, email.toLowerCase()))
    .orderBy(desc(registrations.createdAt), desc(registrations.id))
    .limit(1);
  return row;
}

/**
 * Holds every other confirmation for this address off until the caller's transaction ends. Two attempts for one
 * address confirmed at once would otherwise each lock their own link and then wait for the other's: a deadlock.
 */
export async function lockAddressForConfirmation(db: Executor, email: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`confirm:${email.toLowerCase()}`}))`);
}

/** Every attempt for the address goes once one of them is confirmed; their links stay, revoked. */
export async function deleteRegistrationsForEmail(db: Executor, email: string): Promise<number> {
  const rows = await db
    .delete(registrations)
    .where(eq(registrations.email, email.toLowerCase()))
    .returning({ id: registrations.id });
  return rows.length;
}

/** A fresh confirmation link keeps the attempt for another 7 days. */
export async function keepRegistrationUntil(db: Executor, id: string, until: Date): Promise<void> {
  await db.update(registrations).set({ keepUntil: until }).where(eq(registrations.id, id));
}

/** Attempts nobody confirmed in time; returns their addresses, whose mail goes too. */
export async function deleteRegistrationsKeptUntil(db: Executor, before: Date): Promise<string[]> {
  const rows = await db
    .delete(registrations)
    .where(lt(registrations.keepUntil, before))
    .returning({ email: registrations.email });
  return [...new Set(rows.map((row) => row.email))];
}

export async function countRegistrationsForEmail(db: Executor, email: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.email, email.toLowerCase())));
  return row?.n ?? 0;
}
