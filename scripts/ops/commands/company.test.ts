import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findCompanyByName, findCompanyForEmail } from '@/db/queries/companies';
import { auditLog, sessions } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { startSession } from '@/lib/auth/sessions';
import { addTestUser } from '@/lib/testing/fixtures';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { acceptInput } from '@/lib/testing/fixtures';
import { opsRunner } from '../testing';

describe.each(testDatabaseKinds)('ops company … on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const ops = opsRunner(() => open.db);
  const lastAudit = async () => (await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

  describe.skipIf(!enabled)('', () => {
    it('company add creates the company with its domains, once; its people can register at once', async () => {
      const first = await ops('company', 'add', 'Acme GmbH', '--domain', 'ACME.de', '--domain', 'acme-group.com');
      expect(first.code).toBe(0);
      expect(first.out[0]).toMatch(/^created company "Acme GmbH" \([0-9a-f-]{36}\)$/);
      expect(first.out.slice(1)).toEqual(['added domain acme.de', 'added domain acme-group.com']);
      expect((await findCompanyForEmail(open.db, 'jo@sub.acme.de'))?.name).toBe('Acme GmbH');

      const again = await ops('company', 'add', 'acme gmbh', '--domain', 'acme.de');
      expect(again.code).toBe(0);
      expect(again.out).toEqual([expect.stringMatching(/^company "Acme GmbH" exists already/), 'domain acme.de belongs to it already']);
      expect(await lastAudit()).toMatchObject({ event: 'domain_added', userId: null, details: { via: 'cli', domain: 'acme-group.com' } });
    });

    it('company add refuses a domain of another company and a malformed one, writing nothing', async () => {
      const taken = await ops('company', 'add', 'Neu AG', '--domain', 'neu.de', '--domain', 'example.com');
      expect(taken).toEqual({ code: 1, out: [], err: ['domain example.com belongs to "Beispiel GmbH" already (remove it there first)'] });
      expect(await findCompanyByName(open.db, 'Neu AG')).toBeUndefined();
      expect(await findCompanyForEmail(open.db, 'a@neu.de')).toBeUndefined();

      for (const domain of ['neu', 'neu..de', '-neu.de', 'neu.de/x', 'mü.de', 'a@neu.de', 'neu.d3']) {
        const bad = await ops('company', 'add', 'Neu AG', `--domain=${domain}`);
        expect(bad.code, domain).toBe(1);
        expect(bad.err, domain).toEqual([expect.stringMatching(/^malformed domain /)]);
      }
      expect((await ops('company', 'add', '   ')).err).toEqual(['invalid company name: the name is empty']);
      expect(await findCompanyByName(open.db, 'Neu AG')).toBeUndefined();
    });

    it('company list shows every company with its domains and counts', async () => {
      await addTestUser(open.db, 'listed@acme.de', { confirmedAt: new Date() });
      await addTestUser(open.db, 'unconfirmed@acme.de');
      await completeRegistration(open.db, acceptInput('pending@acme-group.com'));
      await completeRegistration(open.db, acceptInput('pending@acme-group.com'));
      const { code, out } = await ops('company', 'list');
      expect(code).toBe(0);
      expect(out[0]).toMatch(/^name\s+active\s+domains\s+profiles\s+confirmed\s+pending\s+new \(30 days\)\s+id$/);
      const acme = out.find((line) => line.startsWith('Acme GmbH'))!.split(/\s{2,}/);
      expect(acme.slice(0, 7)).toEqual(['Acme GmbH', 'yes', 'acme-group.com, acme.de', '2', '1', '1', '2']);
      expect(out.some((line) => line.startsWith('Beispiel GmbH'))).toBe(true);
    });

    it('company rename renames by name or id, refuses a name taken and an unknown company', async () => {
      const acme = (await findCompanyByName(open.db, 'acme gmbh'))!;
      expect((await ops('company', 'rename', acme.id, 'ACME GmbH & Co. KG')).out).toEqual([`renamed company ${acme.id} to "ACME GmbH & Co. KG"`]);
      expect((await ops('company', 'rename', 'acme gmbh & co. kg', 'ACME GmbH & Co. KG')).out).toEqual(['company "ACME GmbH & Co. KG" has that name already']);
      expect(await ops('company', 'rename', 'ACME GmbH & Co. KG', 'muster ag')).toEqual({ code: 1, out: [], err: ['another company is called "Muster AG" already'] });
      expect(await ops('company', 'rename', 'Nobody', 'X')).toEqual({
        code: 1,
        out: [],
        err: ['unknown company "Nobody" (npm run ops -- company list shows them)'],
      });
      expect(await lastAudit()).toMatchObject({ event: 'company_renamed', details: { via: 'cli', from: 'Acme GmbH', to: 'ACME GmbH & Co. KG' } });
    });

    it('company deactivate ends its sessions and stops registration; activate undoes it; both are idempotent', async () => {
      const user = await addTestUser(open.db, 'signed-in@acme.de', { confirmedAt: new Date() });
      await startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null });
      const off = await ops('company', 'deactivate', 'ACME GmbH & Co. KG');
      expect(off).toEqual({
        code: 0,
        out: ['deactivated "ACME GmbH & Co. KG": its people can no longer sign in or register; ended 1 session(s)'],
        err: [],
      });
      expect(await open.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
      expect(await findCompanyForEmail(open.db, 'new@acme.de')).toBeUndefined();
      expect((await ops('company', 'deactivate', 'ACME GmbH & Co. KG')).out).toEqual(['"ACME GmbH & Co. KG" is deactivated already']);
      expect((await ops('company', 'list')).out.find((l) => l.startsWith('ACME'))).toMatch(/^ACME GmbH & Co\. KG\s+no\s/);

      expect((await ops('company', 'activate', 'acme gmbh & co. kg')).out).toEqual(['activated "ACME GmbH & Co. KG"']);
      expect((await ops('company', 'activate', 'acme gmbh & co. kg')).out).toEqual(['"ACME GmbH & Co. KG" is active already']);
      expect((await findCompanyForEmail(open.db, 'new@acme.de'))?.name).toBe('ACME GmbH & Co. KG');
      expect((await ops('company', 'deactivate', 'Nobody')).code).toBe(1);
    });
  });
});
