import { desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listMailbox } from '@/db/queries/mail-outbox';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';
import { resendPersonConfirmation } from './people';

const operator = { operatorId: '00000000-0000-4000-8000-000000000001' };
const appUrl = 'http://portal.test';

describe.each(testDatabaseKinds)('support resends a confirmation on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const mails = (to: string) => listMailbox(open.db, { to, limit: 100 });

  describe.skipIf(!enabled)('', () => {
    it('sends a pending registration a fresh link, audited with the operator', async () => {
      await completeRegistration(open.db, acceptInput('pending@example.com'));
      expect(await mails('pending@example.com')).toHaveLength(1);
      expect(await resendPersonConfirmation(open.db, operator, { address: ' Pending@Example.com ', pageLocale: 'en', appUrl })).toEqual({ ok: true, sent: true });
      expect(await mails('pending@example.com')).toHaveLength(2);
      const [audit] = await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      expect(audit).toMatchObject({ event: 'person_confirmation_resent', userId: operator.operatorId });
    });

    it('refuses an address with a profile or nothing pending, and a malformed one, sending nothing', async () => {
      await addTestUser(open.db, 'profile@example.com', { confirmedAt: new Date() });
      expect(await resendPersonConfirmation(open.db, operator, { address: 'profile@example.com', pageLocale: 'de', appUrl })).toMatchObject({ ok: false, code: 'notPending' });
      expect(await resendPersonConfirmation(open.db, operator, { address: 'nobody@example.com', pageLocale: 'de', appUrl })).toMatchObject({ ok: false, code: 'notPending' });
      expect(await resendPersonConfirmation(open.db, operator, { address: 'no address', pageLocale: 'de', appUrl })).toMatchObject({ ok: false, code: 'invalidEmail' });
      expect(await mails('profile@example.com')).toHaveLength(0);
      expect(await mails('nobody@example.com')).toHaveLength(0);
    });
  });
});
