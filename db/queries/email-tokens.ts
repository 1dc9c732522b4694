import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { emailTokens } from '../schema';

export type TokenPurpose = (typeof emailTokens.$inferInsert)['purpose'];
export type EmailToken = typeof emailTokens.$inferSelect;

/**
 * Whom a link belongs to: a profile (reset) or a registration attempt (confirmation). Nobody (`registrationId:
 * null`) only in the rehearsal for an unknown address, which is rolled back (lib/security/write-or-rehearse.ts).
 */
export type TokenOwner = { userId: string } | { registrationId: string | null };

export async function createEmailToken(
  db: Executor,
  token: TokenOwner & { purpose: TokenPurpose; tokenHash: string; email: string; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values(token);
}

const open = and(isNull(emailTokens.usedAt), isNull(emailTokens.revokedAt));

/** Every open link of this purpose for the profile stops working; each then explains that a newer one replaced it. */
export async function revokeEmailTokens(db: Executor, userId: string, purpose: TokenPurpose, at: Date): Promise<void> {
  await db
    .update(emailTokens)
    .set({ revokedAt: at })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), open));
}

/** The open links of one registration attempt (a resend replaces them). */
export async function revokeRegistrationTokens(db: Executor, registrationId: string, at: Date): Promise<void> {
  await db
    .update(emailTokens)
    .set({ revokedAt: at })
    .where(and(eq(emailTokens.registrationId, registrationId), open));
}

/** Every open confirmation link sent to the address: once it is confirmed, the others only explain that. */
export async function revokeConfirmationTokensForEmail(db: Executor, email: string, at: Date): Promise<void> {
  await db
    .update(emailTokens)
    .set({ revokedAt: at })
    .where(and(eq(emailTokens.email, email), eq(emailTokens.purpose, 'confirm_email'), open));
}

/** The token row for a hash; `lock` holds it for the transaction that is about to use it. */
export async function findEmailToken(db: Executor, tokenHash: string, purpose: TokenPurpose, options: { lock?: boolean } = { lock: true }) {
  const query = db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose)))
    .limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Single use: only the first caller gets true, even when two requests race. */
export async function useEmailToken(db: Executor, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(emailTokens)
    .set({ usedAt: at })
    .where(and(eq(emailTokens.id, id), open))
    .returning({ id: emailTokens.id });
  return rows.length === 1;
}

/** Links past their expiry explain nothing any more that a fresh request could not; they go with the purge. */
export async function deleteEmailTokensExpiredBefore(db: Executor, before: Date): Promise<number> {
  const rows = await db.delete(emailTokens).where(lt(emailTokens.expiresAt, before)).returning({ id: emailTokens.id });
  return rows.length;
}

/** Every link sent to the address (a deleted profile's confirmation links, which name it, included). */
export async function deleteEmailTokensForEmail(db: Executor, email: string): Promise<number> {
  const rows = await db
    .delete(emailTokens)
    .where(sql`lower(${emailTokens.email}) = lower(${email})`)
    .returning({ id: emailTokens.id });
  return rows.length;
}

/** What the person may see of a link sent for their profile: its purpose, address and dates, never its hash. */
export type EmailLinkSummary = Pick<EmailToken, 'purpose' | 'email' | 'createdAt' | 'expiresAt' | 'usedAt' | 'revokedAt'>;

/** The links of the person's profile (reset, change of address), newest first, without their hashes. */
export function listEmailLinksForUser(db: Executor, userId: string): Promise<EmailLinkSummary[]> {
  return db
    .select({
      purpose: emailTokens.purpose,
      email: emailTokens.email,
      createdAt: emailTokens.createdAt,
      expiresAt: emailTokens.expiresAt,
      usedAt: emailTokens.usedAt,
      revokedAt: emailTokens.revokedAt,
    })
    .from(emailTokens)
    .where(eq(emailTokens.userId, userId))
    .orderBy(desc(emailTokens.createdAt), desc(emailTokens.id));
}
