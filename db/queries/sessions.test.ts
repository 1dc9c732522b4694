import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { addTestUser } from '@/lib/testing/fixtures';
import { createSession, deleteExpiredSessions, deleteSession, deleteSessionsForUser, listSessionsForUser } from './sessions';

const t0 = new Date('2026-11-27T08:00:00Z');
const hours = (n: number) => new Date(t0.getTime() + n * 60 * 60_000);

describe.each(testDatabaseKinds)('session queries on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const session = (id: string, userId: string, signedInAt: Date, lastUsedAt = signedInAt) =>
    createSession(open.db, { id, userId, createdAt: signedInAt, expiresAt: new Date(signedInAt.getTime() + 8 * 3600_000), lastUsedAt, browser: 'Chrome', ipHash: 'h' });

  it.skipIf(!enabled)('a person’s list shows only their unexpired sessions, the most recently used first', async () => {
    const erika = await addTestUser(open.db, 'erika.list@example.com');
    const max = await addTestUser(open.db, 'max.list@example.org');
    await session('erika-old', erika.id, hours(-9));
    await session('erika-laptop', erika.id, hours(-2), hours(-1));
    await session('erika-phone', erika.id, hours(-1), hours(0));
    await session('max-laptop', max.id, hours(-1));
    expect((await listSessionsForUser(open.db, erika.id, t0)).map((s) => s.id)).toEqual(['erika-phone', 'erika-laptop']);
  });

  it.skipIf(!enabled)('one session ends only by its owner; all of a person’s end, or all but the current one', async () => {
    const erika = await addTestUser(open.db, 'erika.end@example.com');
    const max = await addTestUser(open.db, 'max.end@example.org');
    for (const id of ['e1', 'e2', 'e3', 'e4']) await session(id, erika.id, t0);
    await session('m1', max.id, t0);
    expect(await deleteSession(open.db, 'e1', max.id)).toBe(false);
    expect(await deleteSession(open.db, 'e1', erika.id)).toBe(true);
    expect(await deleteSessionsForUser(open.db, erika.id, { except: 'e2' })).toBe(2);
    expect((await listSessionsForUser(open.db, erika.id, t0)).map((s) => s.id)).toEqual(['e2']);
    expect(await deleteSessionsForUser(open.db, erika.id)).toBe(1);
    expect((await listSessionsForUser(open.db, max.id, t0)).map((s) => s.id)).toEqual(['m1']);
  });

  it.skipIf(!enabled)('expired sessions can be deleted in one go', async () => {
    const erika = await addTestUser(open.db, 'erika.expired@example.com');
    await session('gone', erika.id, hours(-8));
    await session('kept', erika.id, hours(-7));
    expect(await deleteExpiredSessions(open.db, t0)).toBeGreaterThanOrEqual(1);
    const left = await open.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, erika.id));
    expect(left).toEqual([{ id: 'kept' }]);
  });
});
