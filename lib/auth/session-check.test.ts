import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setUserPassword } from '@/db/queries/users';
import { users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { issueSignInGrant, openSignInGrant } from './grant';
import { isSessionCurrent } from './session-check';
import { addTestUser } from '@/lib/testing/fixtures';
import { useTestDatabase } from '@/db/test-database-hooks';

describe('the sign-in grant', () => {
  it('opens within a minute, not after, and not when changed', () => {
    const grant = issueSignInGrant('u1', 3, 1_000);
    expect(openSignInGrant(grant, 60_999)).toEqual({ userId: 'u1', sessionVersion: 3 });
    expect(openSignInGrant(grant, 61_000)).toBeUndefined();
    const flipped = grant[40] === 'A' ? 'B' : 'A';
    expect(openSignInGrant(`${grant.slice(0, 40)}${flipped}${grant.slice(41)}`, 2_000)).toBeUndefined();
    expect(openSignInGrant('u1', 2_000)).toBeUndefined();
    expect(openSignInGrant(undefined, 2_000)).toBeUndefined();
  });
});

describe.each(testDatabaseKinds)('sessions on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  it.skipIf(!enabled)('a session ends when the password changes or the profile is deleted', async () => {
    const user = await addTestUser(open.db, 'erika.session@example.com', { confirmedAt: new Date() });
    const token = { sub: user.id, sv: user.sessionVersion };
    expect(await isSessionCurrent(open.db, token)).toBe(true);
    const changed = await setUserPassword(open.db, user.id, 'another-hash', new Date());
    expect(await isSessionCurrent(open.db, token)).toBe(false);
    const fresh = { sub: user.id, sv: changed.sessionVersion };
    expect(await isSessionCurrent(open.db, fresh)).toBe(true);
    await open.db.delete(users).where(eq(users.id, user.id));
    expect(await isSessionCurrent(open.db, fresh)).toBe(false);
    expect(await isSessionCurrent(open.db, {})).toBe(false);
  });
});
