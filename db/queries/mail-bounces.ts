import { and, inArray, isNull, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { users } from '../schema';

const lowered = (addresses: string[]) => addresses.map((a) => a.trim().toLowerCase());

/** Marks the profiles of these addresses as bouncing (first report wins); returns how many were marked. */
export async function markAddressesBounced(db: Executor, addresses: string[], at: Date): Promise<number> {
  if (addresses.length === 0) return 0;
  const rows = await db
    .update(users)
    .set({ mailBouncedAt: at, updatedAt: at })
    .where(and(inArray(sql`lower(${users.email})`, lowered(addresses)), isNull(users.mailBouncedAt)))
    .returning({ id: users.id });
  return rows.length;
}

/** Which of these addresses (lowercased) belong to a profile whose mail bounced. */
export async function findBouncedAddresses(db: Executor, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(sql`lower(${users.email})`, lowered(addresses)), isNotNull(users.mailBouncedAt)));
  return new Set(rows.map((r) => r.email.toLowerCase()));
}
