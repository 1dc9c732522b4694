import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';
import { opsRunner } from '../testing';

describe.each(testDatabaseKinds)('ops operator … on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const ops = opsRunner(() => open.db);
  const roleOf = async (id: string) => (await open.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]?.role;
  const lastAudit = async () => (await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

  describe.skipIf(!enabled)('', () => {
    it('grant makes a confirmed profile an operator, revoke a person again; both are idempotent and audited', async () => {
      const user = await addTestUser(open.db, 'staff@example.com', { confirmedAt: new Date() });
      expect(await ops('operator', 'grant', 'Staff@example.com')).toEqual({ code: 0, out: ['s***@example.com is an operator now'], err: [] });
      expect(await roleOf(user.id)).toBe('operator');
      expect(await lastAudit()).toMatchObject({ event: 'operator_granted', userId: null, details: { via: 'cli', subject: user.id } });
      expect((await ops('operator', 'grant', 'staff@example.com')).out).toEqual(['s***@example.com is an operator already']);

      expect((await ops('operator', 'revoke', 'staff@example.com')).out).toEqual(['s***@example.com is no longer an operator']);
      expect(await roleOf(user.id)).toBe('person');
      expect(await lastAudit()).toMatchObject({ event: 'operator_revoked', details: { via: 'cli', subject: user.id } });
      expect((await ops('operator', 'revoke', 'staff@example.com')).out).toEqual(['s***@example.com was not an operator; nothing changed']);
    });

    it('refuses an address without a profile, an unconfirmed one and a malformed one', async () => {
      await completeRegistration(open.db, acceptInput('pending.staff@example.com'));
      expect(await ops('operator', 'grant', 'pending.staff@example.com')).toEqual({ code: 1, out: [], err: ['no profile for p***@example.com'] });
      await addTestUser(open.db, 'unconfirmed.staff@example.com');
      expect((await ops('operator', 'grant', 'unconfirmed.staff@example.com')).err).toEqual([
        'u***@example.com has not confirmed the address yet; only confirmed profiles can be operators',
      ]);
      expect((await ops('operator', 'revoke', 'nobody@example.com')).err).toEqual(['no profile for n***@example.com']);
      expect((await ops('operator', 'grant', 'staff')).err).toEqual(['invalid address: not an e-mail address']);
    });
  });
});
