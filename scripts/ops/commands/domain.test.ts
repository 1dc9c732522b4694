import { desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findCompanyForEmail } from '@/db/queries/companies';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { opsRunner } from '../testing';

describe.each(testDatabaseKinds)('ops domain … on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const ops = opsRunner(() => open.db);
  const lastAudit = async () => (await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

  describe.skipIf(!enabled)('', () => {
    it('domain add gives a domain (lowercased) and its subdomains to a company, once', async () => {
      expect(await ops('domain', 'add', 'Beispiel.NET', 'beispiel gmbh')).toEqual({ code: 0, out: ['added domain beispiel.net to "Beispiel GmbH"'], err: [] });
      expect((await findCompanyForEmail(open.db, 'a@werk.beispiel.net'))?.name).toBe('Beispiel GmbH');
      expect(await lastAudit()).toMatchObject({ event: 'domain_added', userId: null, details: { via: 'cli', domain: 'beispiel.net' } });
      expect((await ops('domain', 'add', 'beispiel.net', 'Beispiel GmbH')).out).toEqual(['domain beispiel.net belongs to "Beispiel GmbH" already']);
    });

    it('a subdomain may go to another company; the most specific domain decides', async () => {
      expect((await ops('domain', 'add', 'muster.beispiel.net', 'Muster AG')).code).toBe(0);
      expect((await findCompanyForEmail(open.db, 'a@muster.beispiel.net'))?.name).toBe('Muster AG');
      expect((await findCompanyForEmail(open.db, 'a@beispiel.net'))?.name).toBe('Beispiel GmbH');
    });

    it('domain add refuses a domain another company owns, a malformed domain and an unknown company', async () => {
      expect(await ops('domain', 'add', 'example.org', 'Beispiel GmbH')).toEqual({
        code: 1,
        out: [],
        err: ['domain example.org belongs to "Muster AG" already (remove it there first)'],
      });
      for (const domain of ['localhost', 'exa mple.com', 'example..com', 'xn--.com', `${'a'.repeat(64)}.com`, '*.example.com']) {
        const result = await ops('domain', 'add', domain, 'Beispiel GmbH');
        expect(result.code, domain).toBe(1);
        expect(result.err, domain).toEqual([expect.stringMatching(/^malformed domain "/)]);
      }
      expect((await ops('domain', 'add', 'neu.de', 'Gibt es nicht')).err).toEqual(['unknown company "Gibt es nicht" (npm run ops -- company list shows them)']);
      expect(await findCompanyForEmail(open.db, 'a@neu.de')).toBeUndefined();
    });

    it('domain remove stops registration from it, leaves a subdomain of another company, and is idempotent', async () => {
      expect(await ops('domain', 'remove', 'BEISPIEL.net')).toEqual({ code: 0, out: ['removed domain beispiel.net from "Beispiel GmbH"'], err: [] });
      expect(await findCompanyForEmail(open.db, 'a@beispiel.net')).toBeUndefined();
      expect((await findCompanyForEmail(open.db, 'a@muster.beispiel.net'))?.name).toBe('Muster AG');
      expect(await lastAudit()).toMatchObject({ event: 'domain_removed', details: { via: 'cli', domain: 'beispiel.net' } });
      expect(await ops('domain', 'remove', 'beispiel.net')).toEqual({ code: 0, out: ['no company owns domain beispiel.net; nothing changed'], err: [] });
      expect((await ops('domain', 'remove', 'not a domain')).code).toBe(1);
    });
  });
});
