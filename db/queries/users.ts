import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { type NewUser, type User, type UserRole, users } from '../schema';

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return row;
}

export async function createUser(db: Executor, user: NewUser): Promise<User> {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('user insert returned no row');
  return row;
}

/**
 * The profile made from a confirmed registration, or undefined when the address has a profile already (two
 * attempts confirmed at once: the unique index on lower(email) lets exactly one through, on every instance).
 */
export async function createUserUnlessTaken(db: Executor, user: NewUser): Promise<User | undefined> {
  const [row] = await db.insert(users).values(user).onConflictDoNothing().returning();
  return row;
}

export async function markUserConfirmed(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ confirmedAt: at, updatedAt: at })
    .where(and(eq(users.id, id), isNull(users.confirmedAt)));
}

export async function findUserById(db: Executor, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/**
 * A new password; it also confirms the address, since only its owner could open the link that led here. The
 * caller ends the person's sessions (db/queries/sessions.ts) in the same transaction.
 */
export async function setUserPassword(db: Executor, id: string, passwordHash: string, at: Date): Promise<User> {
  const [row] = await db
    .update(users)
    .set({
      passwordHash,
      confirmedAt: sql`coalesce(${users.confirmedAt}, ${at.toISOString()}::timestamptz)`,
      updatedAt: at,
    })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error('user update returned no row');
  return row;
}

/** What "Meine Angaben" on the profile changes: the name and the registration's answers. */
export type UserDetails = Pick<User, 'firstName' | 'lastName' | 'officeWorkplace' | 'disciplinaryReports' | 'birthYear' | 'gender' | 'language'>;

/** Writes the person's own details; keyed by the signed-in person's id, so nobody else's row can change. */
export async function updateUserDetails(db: Executor, id: string, details: UserDetails, at: Date): Promise<User | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...details, updatedAt: at })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/**
 * A confirmed change of address: the profile moves to the company of the new address's domain (its content
 * follows). The unique index on lower(email) refuses an address another profile has; the caller checks first.
 */
export async function setUserEmail(db: Executor, id: string, change: { email: string; companyId: string }, at: Date): Promise<User> {
  const [row] = await db
    .update(users)
    // A bounce was the old address's; the new one has just received the confirmation link.
    .set({ email: change.email, companyId: change.companyId, mailBouncedAt: null, updatedAt: at })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error('user update returned no row');
  return row;
}

/** Grants or revokes the operator role; returns whether it changed. */
export async function setUserRole(db: Executor, id: string, role: UserRole, at: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ role, updatedAt: at })
    .where(and(eq(users.id, id), ne(users.role, role)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Deletes the profile; its links (reset) and sessions go with it (foreign keys cascade), its consents stay. */
export async function deleteUser(db: Executor, id: string): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}
