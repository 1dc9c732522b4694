import { readFileSync } from 'node:fs';
import { desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findCompanyForEmail } from '@/db/queries/companies';
import { findUnlockedContent, listUnlockedContent } from '@/db/queries/content';
import { findContentItemBySlug } from '@/db/queries/content-admin';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { opsRunner } from '../testing';

const example = readFileSync('docs/content-example.md', 'utf8');
const files = {
  'draft.md': example,
  'published.md': example.replace('published: false', 'published: true'),
  'edited.md': example.replace('published: false', 'published: true').replace('## Drink regularly', '## Drink, regularly'),
  'broken.md': example.replace('audience: everyone', 'audience: everybody'),
};

describe.each(testDatabaseKinds)('ops content … on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const ops = opsRunner(() => open.db, { files });
  const lastAudit = async () => (await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];
  const reader = async () => ({ companyId: (await findCompanyForEmail(open.db, 'erika@example.com'))!.id, officeWorkplace: true, disciplinaryReports: false });

  describe.skipIf(!enabled)('', () => {
    it('content import creates an item by its slug, unlocked for nobody; the same file again changes nothing', async () => {
      expect(await ops('content', 'import', 'draft.md')).toEqual({
        code: 0,
        out: ['created content "hitzeschutz-im-sommer" (not published); unlock it with: npm run ops -- content unlock hitzeschutz-im-sommer <company>'],
        err: [],
      });
      expect(await lastAudit()).toMatchObject({ event: 'content_imported', details: { via: 'cli', slug: 'hitzeschutz-im-sommer', outcome: 'created' } });
      expect((await ops('content', 'import', 'draft.md')).out).toEqual(['content "hitzeschutz-im-sommer" is up to date already (not published)']);
      const item = await findContentItemBySlug(open.db, 'hitzeschutz-im-sommer');
      expect(item).toMatchObject({ audience: 'everyone', published: false, de: { title: 'Hitzeschutz im Sommer' } });
    });

    it('content unlock shows a published item to the company, lock hides it again; both are idempotent', async () => {
      expect((await ops('content', 'unlock', 'hitzeschutz-im-sommer', 'Beispiel GmbH')).out).toEqual([
        'unlocked "hitzeschutz-im-sommer" for "Beispiel GmbH" (not published: nobody sees it until it is imported with "published: true")',
      ]);
      expect(await findUnlockedContent(open.db, await reader(), 'hitzeschutz-im-sommer', 'de')).toBeUndefined();

      expect((await ops('content', 'import', 'published.md')).out).toEqual(['updated content "hitzeschutz-im-sommer" (published)']);
      expect((await listUnlockedContent(open.db, await reader(), 'en')).at(-1)).toMatchObject({ slug: 'hitzeschutz-im-sommer', title: 'Heat protection in summer' });
      expect((await ops('content', 'unlock', 'hitzeschutz-im-sommer', 'beispiel gmbh')).out).toEqual(['"hitzeschutz-im-sommer" is unlocked for "Beispiel GmbH" already']);

      expect((await ops('content', 'import', 'edited.md')).out).toEqual(['updated content "hitzeschutz-im-sommer" (published)']);
      expect((await findUnlockedContent(open.db, await reader(), 'hitzeschutz-im-sommer', 'en'))?.body).toMatch(/^## Drink, regularly/);

      expect((await ops('content', 'lock', 'hitzeschutz-im-sommer', 'Beispiel GmbH')).out).toEqual(['locked "hitzeschutz-im-sommer" for "Beispiel GmbH"']);
      expect(await lastAudit()).toMatchObject({ event: 'content_locked', details: { via: 'cli', slug: 'hitzeschutz-im-sommer' } });
      expect(await findUnlockedContent(open.db, await reader(), 'hitzeschutz-im-sommer', 'de')).toBeUndefined();
      expect((await ops('content', 'lock', 'hitzeschutz-im-sommer', 'Beispiel GmbH')).out).toEqual([
        '"hitzeschutz-im-sommer" is not unlocked for "Beispiel GmbH"; nothing changed',
      ]);
    });

    it('content list shows every item with its state and unlocks', async () => {
      const { code, out } = await ops('content', 'list');
      expect(code).toBe(0);
      expect(out[0]).toMatch(/^slug\s+audience\s+published\s+unlocked for\s+title \(de\)$/);
      expect(out.find((l) => l.startsWith('hitzeschutz-im-sommer'))).toMatch(/^hitzeschutz-im-sommer\s+everyone\s+yes\s+-\s+Hitzeschutz im Sommer$/);
      expect(out.find((l) => l.startsWith('mitarbeiterberatung'))).toMatch(/\s+Beispiel GmbH, Muster AG\s+/);
    });

    it('refuses a broken file, a missing file, an unknown slug and an unknown company, in one line each', async () => {
      expect(await ops('content', 'import', 'broken.md')).toEqual({
        code: 1,
        out: [],
        err: ['invalid content file: "audience": must be one of everyone, office, non_office, leaders'],
      });
      expect(await ops('content', 'import', 'missing.md')).toEqual({
        code: 1,
        out: [],
        err: ["cannot read missing.md: ENOENT: no such file or directory, open 'missing.md'"],
      });
      expect((await ops('content', 'unlock', 'gibt-es-nicht', 'Beispiel GmbH')).err).toEqual([
        'unknown content "gibt-es-nicht" (npm run ops -- content list shows them)',
      ]);
      expect((await ops('content', 'unlock', 'Kein Slug', 'Beispiel GmbH')).err).toEqual([expect.stringMatching(/^invalid slug "Kein Slug": /)]);
      expect((await ops('content', 'lock', 'hitzeschutz-im-sommer', 'Nobody')).err).toEqual([
        'unknown company "Nobody" (npm run ops -- company list shows them)',
      ]);
    });
  });
});
