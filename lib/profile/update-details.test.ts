import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listUnlockedContent } from '@/db/queries/content';
import { findUserById } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { detailsFromForm } from '@/lib/registration/answers';
import { addTestUser } from '@/lib/testing/fixtures';
import { profileDetailsSchema } from '@/lib/validation/registration';
import { updateProfileDetails } from './update-details';

const form = (entries: Record<string, string>) =>
  detailsFromForm(
    profileDetailsSchema.parse({ firstName: 'Erika', lastName: 'Mustermann', officeWorkplace: 'yes', disciplinaryReports: 'no', ...entries }),
  );

describe.each(testDatabaseKinds)('saving "Meine Angaben" on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const auditOf = (userId: string) =>
    open.db.select().from(auditLog).where(and(eq(auditLog.userId, userId), eq(auditLog.event, 'profile_updated')));

  it.skipIf(!enabled)('changes only the signed-in person’s row, and audits the names of the changed fields without values', async () => {
    const erika = await addTestUser(open.db, 'erika.details@example.com');
    const max = await addTestUser(open.db, 'max.details@example.org');

    const update = await updateProfileDetails(
      open.db,
      erika.id,
      form({ lastName: 'Musterfrau', officeWorkplace: 'no', disciplinaryReports: 'yes', birthYear: '1984', gender: 'female', language: 'en' }),
    );

    expect(update.changed).toEqual(['lastName', 'officeWorkplace', 'disciplinaryReports', 'birthYear', 'gender', 'language']);
    expect(await findUserById(open.db, erika.id)).toMatchObject({
      firstName: 'Erika',
      lastName: 'Musterfrau',
      officeWorkplace: false,
      disciplinaryReports: true,
      birthYear: 1984,
      gender: 'female',
      language: 'en',
    });
    expect(await findUserById(open.db, max.id)).toMatchObject({ lastName: 'Mustermann', officeWorkplace: true, language: null });
    const [event] = await auditOf(erika.id);
    expect(event?.details).toEqual({ fields: 'lastName,officeWorkplace,disciplinaryReports,birthYear,gender,language' });
    expect(JSON.stringify(event)).not.toMatch(/Musterfrau|1984|female/);
    expect(await auditOf(max.id)).toEqual([]);
  });

  it.skipIf(!enabled)('new answers change the content the portal lists at once', async () => {
    const erika = await addTestUser(open.db, 'erika.audiences@example.com');
    const before = (await listUnlockedContent(open.db, erika, 'de')).map((item) => item.slug);
    const { user } = await updateProfileDetails(open.db, erika.id, form({ officeWorkplace: 'no', disciplinaryReports: 'yes' }));
    const after = (await listUnlockedContent(open.db, user, 'de')).map((item) => item.slug);
    expect(after).not.toEqual(before);
  });

  it.skipIf(!enabled)('saving the same details again writes nothing', async () => {
    const erika = await addTestUser(open.db, 'erika.same@example.com');
    const update = await updateProfileDetails(open.db, erika.id, form({}));
    expect(update.changed).toEqual([]);
    expect((await findUserById(open.db, erika.id))?.updatedAt).toEqual(erika.updatedAt);
    expect(await auditOf(erika.id)).toEqual([]);
  });

  it.skipIf(!enabled)('an emptied Geburtsjahr, Geschlecht or Sprache is stored as no answer', async () => {
    const erika = await addTestUser(open.db, 'erika.empty@example.com', { birthYear: 1970, gender: 'male', language: 'de' });
    await updateProfileDetails(open.db, erika.id, form({ birthYear: '', gender: '', language: '' }));
    expect(await findUserById(open.db, erika.id)).toMatchObject({ birthYear: null, gender: null, language: null });
  });
});
