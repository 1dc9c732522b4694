import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { markAddressesBounced } from '@/db/queries/mail-bounces';
import { setCompanyActive } from '@/db/queries/companies';
import { auditLog, sessions, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { startSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';
import { opsRunner } from '../testing';

const now = new Date('2026-11-28T09:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);

describe.each(testDatabaseKinds)('ops user … on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const ops = opsRunner(() => open.db, { now: () => now });
  const lastAudit = async () => (await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

  describe.skipIf(!enabled)('', () => {
    it('user find shows a confirmed profile: company, dates, last sign-in, throttle and bounce, never a secret', async () => {
      const user = await addTestUser(open.db, 'found@example.com', { createdAt: minutesAgo(600), confirmedAt: minutesAgo(590) });
      await startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null }, minutesAgo(30));
      await markAddressesBounced(open.db, ['found@example.com'], minutesAgo(20));
      const verify = async () => false;
      for (let i = 0; i < 5; i++) await signInWithPassword(open.db, { email: 'found@example.com', password: 'x', ip: '192.0.2.2' }, minutesAgo(0.5), verify);

      const { code, out } = await ops('user', 'find', 'Found@Example.com');

      expect(code).toBe(0);
      expect(out).toEqual([
        'f***@example.com: confirmed profile',
        `  id:             ${user.id}`,
        '  role:           person',
        '  company:        Beispiel GmbH',
        `  created:        ${minutesAgo(600).toISOString()}`,
        `  confirmed:      ${minutesAgo(590).toISOString()}`,
        `  last sign-in:   ${minutesAgo(30).toISOString()}`,
        `  throttled:      until ${new Date(now.getTime() + 30_000).toISOString()} (from at least one IP)`,
        `  mail bounced:   ${minutesAgo(20).toISOString()}`,
      ]);
      expect(out.join('\n')).not.toMatch(/argon2|found@/);
      expect(await lastAudit()).toMatchObject({ event: 'person_looked_up', userId: null, details: { via: 'cli', subject: user.id, status: 'confirmed' } });
    });

    it('the last sign-in comes from the audit log once the session has gone; a deactivated company says so', async () => {
      const user = await addTestUser(open.db, 'audited@example.org', { confirmedAt: minutesAgo(900) });
      await open.db.insert(auditLog).values({ event: 'sign_in_succeeded', userId: user.id, createdAt: minutesAgo(300) });
      await setCompanyActive(open.db, user.companyId, false);
      const { out } = await ops('user', 'find', 'audited@example.org');
      await setCompanyActive(open.db, user.companyId, true);
      expect(out).toContain(`  last sign-in:   ${minutesAgo(300).toISOString()}`);
      expect(out).toContain('  company:        Muster AG (deactivated)');
      expect(out).toContain('  throttled:      no');
      expect(out).toContain('  mail bounced:   no');
    });

    it('user find shows a pending address with its attempts, and an unknown one', async () => {
      await completeRegistration(open.db, acceptInput('waiting@example.com', { now: minutesAgo(60) }));
      await completeRegistration(open.db, acceptInput('waiting@example.com', { now: minutesAgo(10) }));
      expect((await ops('user', 'find', 'waiting@example.com')).out).toEqual([
        'w***@example.com: pending, 2 registration attempt(s) waiting for confirmation',
        '  company:        Beispiel GmbH',
        `  registered:     ${minutesAgo(10).toISOString()} (newest attempt)`,
        `  deleted after:  ${new Date(minutesAgo(10).getTime() + 7 * 24 * 3600_000).toISOString()} unless confirmed`,
        '  throttled:      no',
      ]);
      expect((await ops('user', 'find', 'nobody@example.com')).out).toEqual(['n***@example.com: nothing stored (no profile, no registration)', '  throttled:      no']);
      expect(await ops('user', 'find', 'not-an-address')).toEqual({ code: 1, out: [], err: ['invalid address: not an e-mail address'] });
    });

    it('user end-sessions and lift-throttle help a person who cannot sign in', async () => {
      const user = await addTestUser(open.db, 'stuck@example.com', { confirmedAt: minutesAgo(900) });
      await startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null });
      const verify = async () => false;
      for (let i = 0; i < 6; i++) await signInWithPassword(open.db, { email: 'stuck@example.com', password: 'x', ip: '192.0.2.3' }, new Date(), verify);
      expect((await ops('user', 'end-sessions', 'stuck@example.com')).out).toEqual(['ended 1 session(s) of s***@example.com']);
      expect(await open.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
      expect((await ops('user', 'lift-throttle', 'stuck@example.com')).out).toEqual(['cleared 2 sign-in counter(s) of s***@example.com']);
      expect(await lastAudit()).toMatchObject({ event: 'person_throttle_lifted', details: { via: 'cli', subject: user.id } });
      expect((await ops('user', 'lift-throttle', 'stuck@example.com')).out).toEqual(['s***@example.com was not throttled; nothing changed']);
      expect((await ops('user', 'end-sessions', 'nobody@example.com')).err).toEqual(['no profile for n***@example.com']);
    });

    it('user delete deletes the profile with its registrations and keeps the consents; again, nothing is left', async () => {
      const user = await addTestUser(open.db, 'leaving@example.com', { confirmedAt: minutesAgo(900) });
      expect(await ops('user', 'delete', 'leaving@example.com')).toEqual({
        code: 0,
        out: [`deleted for l***@example.com: profile ${user.id}, 0 registration attempt(s), 0 link(s), 0 mail(s)`],
        err: [],
      });
      expect(await open.db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
      expect(await lastAudit()).toMatchObject({ event: 'profile_deleted', userId: null, details: { via: 'cli', subject: user.id, by: 'operator' } });
      expect((await ops('user', 'delete', 'leaving@example.com')).out).toEqual(['nothing stored for l***@example.com; nothing deleted']);

      await completeRegistration(open.db, acceptInput('pending.leaving@example.com'));
      expect((await ops('user', 'delete', 'pending.leaving@example.com')).out).toEqual([
        'deleted for p***@example.com: no profile, 1 registration attempt(s), 1 link(s), 1 mail(s)',
      ]);
      expect((await ops('user', 'delete', 'bad address')).code).toBe(1);
    });
  });
});
