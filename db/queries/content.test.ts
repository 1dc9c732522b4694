import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentItems } from '../schema';
import { seedContent } from '../seed-data';
import { testDatabaseKinds } from '../testing';
import { findCompanyForEmail } from './companies';
import { findUnlockedContent, listUnlockedContent } from './content';
import { useTestDatabase } from '@/db/test-database-hooks';

describe.each(testDatabaseKinds)('unlocked content on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const reader = async (email: string, officeWorkplace: boolean, disciplinaryReports: boolean) => ({
    companyId: (await findCompanyForEmail(open.db, email))!.id,
    officeWorkplace,
    disciplinaryReports,
  });

  it.skipIf(!enabled)('an office worker without reports at Beispiel GmbH sees everyone and office items of Beispiel', async () => {
    const items = await listUnlockedContent(open.db, await reader('erika@example.com', true, false), 'de');
    expect(items.map((i) => i.slug)).toEqual([
      'mitarbeiterberatung',
      'grippeschutzimpfung',
      'ergonomie-bildschirmarbeitsplatz',
      'vorsorge-bildschirmarbeit',
    ]);
    expect(items[0]).toEqual({
      slug: 'mitarbeiterberatung',
      title: seedContent[0]!.de.title,
      summary: seedContent[0]!.de.summary,
    });
  });

  it.skipIf(!enabled)('a leader outside the office at Muster AG sees other items, in English when asked', async () => {
    const items = await listUnlockedContent(open.db, await reader('max@example.org', false, true), 'en');
    expect(items.map((i) => i.slug)).toEqual([
      'mitarbeiterberatung',
      'rueckenfit',
      'sicher-unterwegs',
      'hautschutz',
      'gesund-fuehren',
      'psychische-belastung-team',
    ]);
    expect(items.find((i) => i.slug === 'hautschutz')?.title).toBe('Skin protection and hand care');
  });

  it.skipIf(!enabled)("one company's content never reaches another company's employee, whatever their audiences", async () => {
    const only = (company: string) => seedContent.filter((c) => c.companies.length === 1 && c.companies[0] === company).map((c) => c.slug);
    for (const [email, foreign] of [
      ['anna@example.com', only('Muster AG')],
      ['anna@sub.example.org', only('Beispiel GmbH')],
    ] as const) {
      for (const office of [true, false]) {
        for (const leader of [true, false]) {
          const who = await reader(email, office, leader);
          for (const locale of ['de', 'en'] as const) {
            const slugs = (await listUnlockedContent(open.db, who, locale)).map((i) => i.slug);
            expect(slugs.filter((s) => foreign.includes(s))).toEqual([]);
            for (const slug of foreign) expect(await findUnlockedContent(open.db, who, slug, locale)).toBeUndefined();
          }
        }
      }
    }
  });

  it.skipIf(!enabled)('an unpublished item is shown to nobody, whatever it is unlocked for', async () => {
    const officeWorker = await reader('erika@example.com', true, false);
    await open.db.update(contentItems).set({ published: false }).where(eq(contentItems.slug, 'grippeschutzimpfung'));
    expect((await listUnlockedContent(open.db, officeWorker, 'de')).map((i) => i.slug)).not.toContain('grippeschutzimpfung');
    expect(await findUnlockedContent(open.db, officeWorker, 'grippeschutzimpfung', 'de')).toBeUndefined();
    await open.db.update(contentItems).set({ published: true }).where(eq(contentItems.slug, 'grippeschutzimpfung'));
    expect(await findUnlockedContent(open.db, officeWorker, 'grippeschutzimpfung', 'de')).toBeDefined();
  });

  it.skipIf(!enabled)('an item for another audience of the same company is not found either', async () => {
    const officeWorker = await reader('erika@example.com', true, false);
    expect(await findUnlockedContent(open.db, officeWorker, 'sicher-unterwegs', 'de')).toBeUndefined();
    expect(await findUnlockedContent(open.db, officeWorker, 'gesund-fuehren', 'de')).toBeUndefined();
    expect((await findUnlockedContent(open.db, officeWorker, 'ergonomie-bildschirmarbeitsplatz', 'en'))?.body).toBe(
      seedContent[3]!.en.body,
    );
  });
});
