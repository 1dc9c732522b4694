import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { addTestUser } from '@/lib/testing/fixtures';
import { signInWithPassword } from './sign-in';
import { findSignInThrottle, liftSignInThrottle } from './throttle-status';

const t0 = new Date('2026-11-27T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
// The argon2id check is replaced: these tests are about the counters, not the hash.
const verify = async (_hash: string, password: string) => password === 'richtig';

describe.each(testDatabaseKinds)('support’s view of sign-in throttling on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const attempt = (email: string, password: string, ip: string, seconds: number) =>
    signInWithPassword(open.db, { email, password, ip }, at(seconds), verify);

  describe.skipIf(!enabled)('', () => {
    it('shows until when an address is held off from one IP, without knowing the IP, and lifts it', async () => {
      const email = 'held.off@example.com';
      await addTestUser(open.db, email, { confirmedAt: t0 });
      expect(await findSignInThrottle(open.db, email, t0)).toBeUndefined();
      for (let i = 0; i < 5; i++) await attempt(email, 'falsch', '10.7.0.1', i);
      expect(await findSignInThrottle(open.db, email, at(5))).toEqual({ until: at(4 + 60), by: 'pair' });
      expect(await findSignInThrottle(open.db, 'someone.else@example.com', at(5))).toBeUndefined();
      expect(await findSignInThrottle(open.db, email, at(64))).toBeUndefined();

      expect((await attempt(email, 'richtig', '10.7.0.1', 10)).status).toBe('throttled');
      expect(await open.db.transaction((tx) => liftSignInThrottle(tx, email))).toBeGreaterThanOrEqual(1);
      expect(await findSignInThrottle(open.db, email, at(11))).toBeUndefined();
      expect((await attempt(email, 'richtig', '10.7.0.1', 11)).status).toBe('ok');
    });

    it('shows an address held off from every IP after 100 failures an hour', async () => {
      const email = 'many.ips@example.com';
      await addTestUser(open.db, email, { confirmedAt: t0 });
      for (let i = 0; i < 100; i++) await attempt(email, 'falsch', `10.8.${Math.floor(i / 200)}.${i % 200}`, i);
      expect(await findSignInThrottle(open.db, email, at(120))).toEqual({ until: at(3600), by: 'address' });
      expect((await attempt(email, 'richtig', '10.9.9.9', 121)).status).toBe('throttled');
      await open.db.transaction((tx) => liftSignInThrottle(tx, email));
      expect((await attempt(email, 'richtig', '10.9.9.9', 122)).status).toBe('ok');
    });
  });
});
