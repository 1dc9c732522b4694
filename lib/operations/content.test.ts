import { desc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findCompanyByName } from '@/db/queries/companies';
import { findUnlockedContent } from '@/db/queries/content';
import type { ContentItemInput } from '@/db/queries/content-admin';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { contentForEditing, saveContent, seenBy, setContentCompanies } from './content';

const operator = { operatorId: '00000000-0000-4000-8000-000000000001' };
const item: ContentItemInput = {
  slug: 'ruecken-staerken',
  audience: 'office',
  published: true,
  de: { title: 'Rücken stärken', summary: 'Übungen für den Schreibtisch.', body: 'Stehen Sie *jede Stunde* auf.' },
  en: { title: 'Strengthen your back', summary: 'Exercises for the desk.', body: 'Stand up *every hour*.' },
};

describe('who a preview shows an item to', () => {
  it('an item for everyone to every audience, any other only to its own', () => {
    expect(seenBy('everyone', 'leaders')).toBe(true);
    expect(seenBy('office', 'office')).toBe(true);
    expect(seenBy('office', 'non_office')).toBe(false);
    expect(seenBy('leaders', 'office')).toBe(false);
  });
});

describe.each(testDatabaseKinds)('console content operations on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const lastAudit = async () => (await open.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

  describe.skipIf(!enabled)('', () => {
    it('creates an item audited with the operator, and refuses a second item of the same slug', async () => {
      expect(await saveContent(open.db, operator, item, 'create')).toEqual({ ok: true, slug: 'ruecken-staerken', changed: true });
      expect(await lastAudit()).toMatchObject({ event: 'content_saved', userId: operator.operatorId, details: { slug: 'ruecken-staerken', outcome: 'created' } });
      expect(await saveContent(open.db, operator, { ...item, de: { ...item.de, title: 'Anders' } }, 'create')).toMatchObject({ ok: false, code: 'slugTaken' });
      expect((await contentForEditing(open.db, 'ruecken-staerken'))?.de.title).toBe('Rücken stärken');
    });

    it('updates an existing item only, and saving the same texts again changes nothing', async () => {
      const edited = { ...item, published: false, en: { ...item.en, body: 'Stand up **every hour**.' } };
      expect(await saveContent(open.db, operator, edited, 'update')).toEqual({ ok: true, slug: 'ruecken-staerken', changed: true });
      expect(await saveContent(open.db, operator, edited, 'update')).toEqual({ ok: true, slug: 'ruecken-staerken', changed: false });
      expect(await saveContent(open.db, operator, { ...item, slug: 'gibt-es-nicht' }, 'update')).toMatchObject({ ok: false, code: 'unknownSlug' });
      expect(await saveContent(open.db, operator, { ...item, slug: 'Not A Slug' }, 'create')).toMatchObject({ ok: false, code: 'invalidSlug' });
      expect(await contentForEditing(open.db, 'ruecken-staerken')).toMatchObject({ published: false, en: { body: 'Stand up **every hour**.' } });
      await saveContent(open.db, operator, item, 'update');
    });

    it('unlocks the item for exactly the companies chosen, locks it for the others, each change audited', async () => {
      const beispiel = (await findCompanyByName(open.db, 'Beispiel GmbH'))!;
      const muster = (await findCompanyByName(open.db, 'Muster AG'))!;
      const reader = { companyId: beispiel.id, officeWorkplace: true, disciplinaryReports: false };
      expect(await findUnlockedContent(open.db, reader, 'ruecken-staerken', 'de')).toBeUndefined();

      expect(await setContentCompanies(open.db, operator, { slug: 'ruecken-staerken', companyIds: [beispiel.id, muster.id] })).toEqual({ ok: true, unlocked: 2, locked: 0 });
      expect(await findUnlockedContent(open.db, reader, 'ruecken-staerken', 'de')).toMatchObject({ title: 'Rücken stärken' });
      expect(await setContentCompanies(open.db, operator, { slug: 'ruecken-staerken', companyIds: [muster.id] })).toEqual({ ok: true, unlocked: 0, locked: 1 });
      expect(await lastAudit()).toMatchObject({ event: 'content_locked', userId: operator.operatorId, details: { company: beispiel.id } });
      expect(await findUnlockedContent(open.db, reader, 'ruecken-staerken', 'de')).toBeUndefined();
      expect((await contentForEditing(open.db, 'ruecken-staerken'))?.unlockedFor).toEqual([muster.id]);
    });

    it('refuses an unknown item or company and changes nothing', async () => {
      const muster = (await findCompanyByName(open.db, 'Muster AG'))!;
      expect(await setContentCompanies(open.db, operator, { slug: 'gibt-es-nicht', companyIds: [] })).toMatchObject({ ok: false, code: 'unknownSlug' });
      expect(
        await setContentCompanies(open.db, operator, { slug: 'ruecken-staerken', companyIds: ['00000000-0000-4000-8000-00000000dead'] }),
      ).toMatchObject({ ok: false, code: 'unknownCompany' });
      expect((await contentForEditing(open.db, 'ruecken-staerken'))?.unlockedFor).toEqual([muster.id]);
      expect(await contentForEditing(open.db, '../etc')).toBeUndefined();
    });
  });
});
