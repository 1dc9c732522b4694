import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { hashPassword } from '@/lib/security/passwords';
import { addTestUser } from '@/lib/testing/fixtures';
import { signInWithPassword } from './sign-in';
import { addressFailures, delayMinutesAfter, ipFailures, reserveSignInAttempt } from './throttle';

const PASSWORD = 'Kaffeetasse Wolkenkratzer Brise';
const t0 = new Date('2026-11-27T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const anyPasswordIsRight = async () => true;
const noPasswordIsRight = async () => false;

it('the delays grow after 5 failures and end in a 15-minute lock-out from the 10th', () => {
  expect([1, 4, 5, 6, 7, 8, 9, 10, 25].map(delayMinutesAfter)).toEqual([0, 0, 1, 2, 4, 8, 15, 15, 15]);
});

describe.each(testDatabaseKinds)('sign-in throttling on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const confirmedUser = async (email: string) =>
    addTestUser(open.db, email, { passwordHash: await hashPassword(PASSWORD), confirmedAt: t0 });

  it.skipIf(!enabled)('a stranger’s ten wrong guesses from one IP do not stop the owner signing in from another', async () => {
    const user = await confirmedUser('erika.owner@example.com');
    const from = (ip: string, password: string, seconds: number) =>
      signInWithPassword(open.db, { email: user.email, password, ip }, at(seconds));
    // The stranger waits out every delay the ladder sets, up to the lock-out after the 10th guess.
    let clock = 0;
    for (let i = 1; i <= 10; i++) {
      expect(await from('198.51.100.66', 'falsch falsch', clock)).toEqual({ status: 'invalid' });
      clock += delayMinutesAfter(i) * 60 + 1;
    }
    const lockedAt = clock - (15 * 60 + 1);
    expect(await from('198.51.100.66', PASSWORD, lockedAt + 60)).toEqual({ status: 'throttled', retryAfterSeconds: 14 * 60 });

    expect((await from('203.0.113.10', PASSWORD, lockedAt + 60)).status).toBe('ok');
    expect(await from('203.0.113.10', 'vertippt vertippt', lockedAt + 61)).toEqual({ status: 'invalid' });
    const throttled = await open.db.select().from(auditLog).where(eq(auditLog.event, 'sign_in_throttled'));
    expect(throttled.map((row) => row.details)).toEqual([{ retryAfterSeconds: 14 * 60, by: 'pair' }]);
  });

  it.skipIf(!enabled)('after 100 failures from anywhere the address is held off for the rest of the hour, from every IP', async () => {
    const user = await confirmedUser('erika.spread@example.com');
    // Five guesses from each of twenty IPs: no IP reaches the ladder, yet the address reaches its cap.
    for (let i = 0; i < addressFailures.limit; i++) {
      expect((await reserveSignInAttempt(open.db, user.email, `192.0.2.${i % 20}`, at(i))).ok).toBe(true);
    }
    const owner = (seconds: number) => signInWithPassword(open.db, { email: user.email, password: PASSWORD, ip: '203.0.113.20' }, at(seconds));
    expect(await owner(600)).toEqual({ status: 'throttled', retryAfterSeconds: 3600 - 600 });
    expect(await reserveSignInAttempt(open.db, 'ERIKA.spread@example.com', '192.0.2.1', at(601))).toMatchObject({ ok: false, by: 'address' });
    expect((await owner(3600)).status).toBe('ok');
  });

  it.skipIf(!enabled)('50 failures from one IP, on any addresses, hold that IP off for the rest of the window', async () => {
    for (let i = 0; i < ipFailures.limit; i++) await reserveSignInAttempt(open.db, `guess${i}@example.com`, '10.9.9.9', at(i));
    expect(await reserveSignInAttempt(open.db, 'someone.else@example.com', '10.9.9.9', at(60))).toEqual({
      ok: false,
      by: 'ip',
      retryAfterSeconds: 15 * 60 - 60,
    });
    expect((await reserveSignInAttempt(open.db, 'someone.else@example.com', '10.9.9.8', at(60))).ok).toBe(true);
    expect((await reserveSignInAttempt(open.db, 'someone.else@example.com', '10.9.9.9', at(15 * 60))).ok).toBe(true);
  });

  it.skipIf(!enabled)('500 people signing in behind one NAT leave its allowance of failures untouched', async () => {
    const nat = '203.0.113.99';
    const people = await Promise.all(Array.from({ length: 500 }, (_, i) => addTestUser(open.db, `colleague${i}@example.org`, { confirmedAt: t0 })));
    for (let batch = 0; batch < people.length; batch += 25) {
      const outcomes = await Promise.all(
        people
          .slice(batch, batch + 25)
          .map((person) => signInWithPassword(open.db, { email: person.email, password: PASSWORD, ip: nat }, at(1), anyPasswordIsRight)),
      );
      expect(outcomes.map((o) => o.status)).toEqual(Array(outcomes.length).fill('ok'));
    }
    // Every one of the IP's 50 failures is still there for typos, and only then does the IP wait.
    for (let i = 0; i < ipFailures.limit; i++) {
      const typo = await signInWithPassword(open.db, { email: people[i]!.email, password: 'vertippt', ip: nat }, at(2), noPasswordIsRight);
      expect(typo).toEqual({ status: 'invalid' });
    }
    const next = await signInWithPassword(open.db, { email: people[60]!.email, password: PASSWORD, ip: nat }, at(3), anyPasswordIsRight);
    expect(next.status).toBe('throttled');
  });
});
