import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listConsents, recordConsent } from '@/db/queries/consents';
import { auditLog } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { EMAIL_INFORMATION_VERSION, TERMS_OF_USE_VERSION } from '@/lib/legal/versions';
import { addTestUser } from '@/lib/testing/fixtures';
import { acceptCurrentTerms, hasAcceptedCurrentTerms, setEmailInformation } from './consents';

const t0 = new Date('2026-11-28T09:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe.each(testDatabaseKinds)('the consent ledger on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  it.skipIf(!enabled)('withdrawing and giving again appends rows, newest first, in the page’s language; nothing is overwritten', async () => {
    const erika = await addTestUser(open.db, 'erika.ledger@example.com');
    const max = await addTestUser(open.db, 'max.ledger@example.org');
    await recordConsent(open.db, { userId: erika.id, kind: 'email_information', textVersion: EMAIL_INFORMATION_VERSION, locale: 'de', granted: true, createdAt: t0 });
    await recordConsent(open.db, { userId: max.id, kind: 'email_information', textVersion: EMAIL_INFORMATION_VERSION, locale: 'de', granted: true, createdAt: t0 });

    expect(await setEmailInformation(open.db, { userId: erika.id, granted: false, locale: 'en', now: minutes(1) })).toBe(true);
    expect(await setEmailInformation(open.db, { userId: erika.id, granted: true, locale: 'de', now: minutes(2) })).toBe(true);

    const rows = await listConsents(open.db, erika.id);
    expect(rows.map((r) => [r.kind, r.granted, r.locale, r.textVersion, r.createdAt])).toEqual([
      ['email_information', true, 'de', EMAIL_INFORMATION_VERSION, minutes(2)],
      ['email_information', false, 'en', EMAIL_INFORMATION_VERSION, minutes(1)],
      ['email_information', true, 'de', EMAIL_INFORMATION_VERSION, t0],
    ]);
    expect((await listConsents(open.db, max.id)).map((r) => r.granted)).toEqual([true]);
    const events = await open.db.select().from(auditLog).where(and(eq(auditLog.event, 'consent_changed'), eq(auditLog.userId, erika.id)));
    expect(events.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { kind: 'email_information', granted: false, version: EMAIL_INFORMATION_VERSION },
        { kind: 'email_information', granted: true, version: EMAIL_INFORMATION_VERSION },
      ]),
    );
  });

  it.skipIf(!enabled)('withdrawing what is already withdrawn adds no row', async () => {
    const erika = await addTestUser(open.db, 'erika.twice@example.com');
    expect(await setEmailInformation(open.db, { userId: erika.id, granted: false, locale: 'de', now: t0 })).toBe(true);
    expect(await setEmailInformation(open.db, { userId: erika.id, granted: false, locale: 'de', now: minutes(1) })).toBe(false);
    expect(await listConsents(open.db, erika.id)).toHaveLength(1);
  });

  it.skipIf(!enabled)('a person who accepted an older version of the terms is asked again, and accepting records the current one', async () => {
    const erika = await addTestUser(open.db, 'erika.terms@example.com');
    const max = await addTestUser(open.db, 'max.terms@example.org');
    expect(await hasAcceptedCurrentTerms(open.db, erika.id)).toBe(false);
    await recordConsent(open.db, { userId: erika.id, kind: 'terms_of_use', textVersion: '2020-01-01', locale: 'de', granted: true, createdAt: t0 });
    await recordConsent(open.db, { userId: max.id, kind: 'terms_of_use', textVersion: TERMS_OF_USE_VERSION, locale: 'de', granted: true, createdAt: t0 });
    expect(await hasAcceptedCurrentTerms(open.db, erika.id)).toBe(false);
    expect(await hasAcceptedCurrentTerms(open.db, max.id)).toBe(true);

    await acceptCurrentTerms(open.db, { userId: erika.id, locale: 'en', now: minutes(1) });

    expect(await hasAcceptedCurrentTerms(open.db, erika.id)).toBe(true);
    const rows = await listConsents(open.db, erika.id);
    expect(rows.map((r) => [r.textVersion, r.granted, r.locale])).toEqual([
      [TERMS_OF_USE_VERSION, true, 'en'],
      ['2020-01-01', true, 'de'],
    ]);
  });

  it.skipIf(!enabled)('a withdrawn row of the current version does not count as accepted', async () => {
    const erika = await addTestUser(open.db, 'erika.withdrawn@example.com');
    await recordConsent(open.db, { userId: erika.id, kind: 'terms_of_use', textVersion: TERMS_OF_USE_VERSION, granted: true, createdAt: t0 });
    await recordConsent(open.db, { userId: erika.id, kind: 'terms_of_use', textVersion: TERMS_OF_USE_VERSION, granted: false, createdAt: minutes(1) });
    expect(await hasAcceptedCurrentTerms(open.db, erika.id)).toBe(false);
  });
});
