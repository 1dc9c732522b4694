import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { addTestUser } from '@/lib/testing/fixtures';
import { issueSignInGrant, openSignInGrant } from './grant';
import { checkSession, LAST_USED_PRECISION_MS } from './session-check';
import { endSession, SESSION_HOURS, startSession } from './sessions';

const t0 = new Date('2026-11-27T08:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe('the sign-in grant', () => {
  it('opens within a minute, not after, and not when changed', () => {
    const grant = issueSignInGrant('u1', 'session-1', 1_000);
    expect(openSignInGrant(grant, 60_999)).toEqual({ userId: 'u1', sessionId: 'session-1' });
    expect(openSignInGrant(grant, 61_000)).toBeUndefined();
    const flipped = grant[40] === 'A' ? 'B' : 'A';
    expect(openSignInGrant(`${grant.slice(0, 40)}${flipped}${grant.slice(41)}`, 2_000)).toBeUndefined();
    expect(openSignInGrant('u1', 2_000)).toBeUndefined();
    expect(openSignInGrant(undefined, 2_000)).toBeUndefined();
  });
});

describe.each(testDatabaseKinds)('the session check on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const signedIn = async (email: string) => {
    const user = await addTestUser(open.db, email, { confirmedAt: t0 });
    const id = await startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null }, t0);
    return { user, id };
  };

  it.skipIf(!enabled)('a session ends 8 hours after sign-in, however often it is used', async () => {
    const { user, id } = await signedIn('erika.workday@example.com');
    // Used every ten minutes all day long: that never moves the end.
    for (let m = 0; m < SESSION_HOURS * 60; m += 10) expect((await checkSession(open.db, id, minutes(m)))?.user.id).toBe(user.id);
    expect(await checkSession(open.db, id, minutes(SESSION_HOURS * 60 - 1))).toBeDefined();
    expect(await checkSession(open.db, id, minutes(SESSION_HOURS * 60))).toBeUndefined();
    // Ended for good: the row went, so an earlier clock does not bring it back.
    expect(await open.db.select().from(sessions).where(eq(sessions.id, id))).toEqual([]);
    expect(await checkSession(open.db, id, minutes(1))).toBeUndefined();
  });

  it.skipIf(!enabled)('reading a session writes its last use at most every five minutes', async () => {
    const { id } = await signedIn('erika.lastused@example.com');
    const lastUsed = async () => (await open.db.select().from(sessions).where(eq(sessions.id, id)))[0]?.lastUsedAt;
    await checkSession(open.db, id, minutes(4));
    expect(await lastUsed()).toEqual(t0);
    expect((await checkSession(open.db, id, minutes(5)))?.session.lastUsedAt).toEqual(minutes(5));
    expect(await lastUsed()).toEqual(minutes(5));
    await checkSession(open.db, id, new Date(minutes(5).getTime() + LAST_USED_PRECISION_MS - 1));
    expect(await lastUsed()).toEqual(minutes(5));
  });

  it.skipIf(!enabled)('signing out, or deleting the profile, ends the session at its next request', async () => {
    const { user, id } = await signedIn('erika.signout@example.com');
    const other = await signedIn('max.signout@example.com');
    // Nobody ends another person's session by its id.
    await endSession(open.db, id, other.user.id);
    expect(await checkSession(open.db, id, minutes(1))).toBeDefined();
    await endSession(open.db, id, user.id);
    expect(await checkSession(open.db, id, minutes(1))).toBeUndefined();

    expect(await checkSession(open.db, other.id, minutes(1))).toBeDefined();
    await open.db.delete(users).where(eq(users.id, other.user.id));
    expect(await checkSession(open.db, other.id, minutes(1))).toBeUndefined();
  });

  it.skipIf(!enabled)('a missing or malformed session id is no session', async () => {
    for (const id of [undefined, null, 42, '', 'x'.repeat(43), 'y'.repeat(500)]) expect(await checkSession(open.db, id, t0)).toBeUndefined();
  });
});
