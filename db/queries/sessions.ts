import { and, desc, eq, gt, inArray, lte, max, ne } from 'drizzle-orm';
import type { Executor } from '../index';
import { type NewSession, type Session, sessions, type User, users } from '../schema';

export async function createSession(db: Executor, session: NewSession): Promise<Session> {
  const [row] = await db.insert(sessions).values(session).returning();
  if (!row) throw new Error('session insert returned no row');
  return row;
}

/** The session with its person, read in one query on every request. */
export async function findSessionWithUser(db: Executor, id: string): Promise<{ session: Session; user: User } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  return row;
}

/** Notes that the session was used at `at`, unless a use after `unlessSince` was noted already. */
export async function touchSession(db: Executor, id: string, at: Date, unlessSince: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastUsedAt: at })
    .where(and(eq(sessions.id, id), lte(sessions.lastUsedAt, unlessSince)));
}

/** The person's sessions that have not expired, most recently used first (for a list of signed-in browsers). */
export async function listSessionsForUser(db: Executor, userId: string, now = new Date()): Promise<Session[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastUsedAt));
}

/** Ends one session, only if it is the person's own: nobody can end another person's session by its id. */
export async function deleteSession(db: Executor, id: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every session of the person, or every one but `except` (signing out everywhere else). */
export async function deleteSessionsForUser(db: Executor, userId: string, options: { except?: string } = {}): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), options.except ? ne(sessions.id, options.except) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const rows = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}

/** Ends the sessions of everyone at a company (deactivated: its people may no longer be signed in). */
export async function deleteSessionsForCompany(db: Executor, companyId: string): Promise<number> {
  const people = db.select({ id: users.id }).from(users).where(eq(users.companyId, companyId));
  const rows = await db.delete(sessions).where(inArray(sessions.userId, people)).returning({ id: sessions.id });
  return rows.length;
}

/** When the person's newest session that still exists began (a sign-in), if any. */
export async function findNewestSessionStart(db: Executor, userId: string): Promise<Date | undefined> {
  const [row] = await db.select({ at: max(sessions.createdAt) }).from(sessions).where(eq(sessions.userId, userId));
  return row?.at ?? undefined;
}
