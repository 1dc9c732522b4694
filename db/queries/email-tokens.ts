import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../index';
import { emailTokens } from '../schema';

export type TokenPurpose = (typeof emailTokens.$inferInsert)['purpose'];

export async function createEmailToken(
  db: Executor,
  token: { userId: string; purpose: TokenPurpose; tokenHash: string; email: string; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values(token);
}

/** Every open link of this purpose stops working; each then explains that a newer one replaced it. */
export async function revokeEmailTokens(db: Executor, userId: string, purpose: TokenPurpose, at: Date): Promise<void> {
  await db
    .update(emailTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        isNull(emailTokens.revokedAt),
      ),
    );
}

export async function findEmailToken(db: Executor, tokenHash: string, purpose: TokenPurpose) {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose)))
    .limit(1)
    .for('update');
  return row;
}

/** Single use: only the first caller gets true, even when two requests race. */
export async function useEmailToken(db: Executor, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(emailTokens)
    .set({ usedAt: at })
    .where(and(eq(emailTokens.id, id), isNull(emailTokens.usedAt), isNull(emailTokens.revokedAt)))
    .returning({ id: emailTokens.id });
  return rows.length === 1;
}
