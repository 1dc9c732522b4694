import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { listMailbox } from '@/db/queries/mail-outbox';
import { auditLog, emailTokens, mailOutbox, rateLimitBuckets, sessions, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { sendPasswordResetLink } from '@/lib/auth/password-reset';
import { startSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { linksIn } from '@/lib/mail/links';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { confirmRegistration } from '@/lib/registration/confirm-email';
import { acceptInput } from '@/lib/testing/fixtures';
import { buildProfileExport, exportFileName, exportProfileData, type ProfileExport } from './export';

const OTTILIE = { email: 'ottilie.brechtsammer@example.com', firstName: 'Ottilie', lastName: 'Brechtsammer' };
const BARTHOLD = { email: 'barthold.finkenwerder@example.org', firstName: 'Barthold', lastName: 'Finkenwerder' };
const OPERATOR_ID = '00000000-0000-4000-8000-00000000abcd';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** Registers and confirms a person, signs them in twice (two browsers), fails a sign-in and asks for a reset link. */
async function person(db: Database, who: typeof OTTILIE) {
  await completeRegistration(db, acceptInput(who.email, { data: { firstName: who.firstName, lastName: who.lastName }, emailInformation: true }));
  const [mail] = await listMailbox(db, { to: who.email, limit: 1 });
  const token = new URL(linksIn(mail!.html).find((l) => l.includes('/bestaetigen?token='))!).searchParams.get('token')!;
  expect(await confirmRegistration(db, token)).toBe('confirmed');
  const [user] = await db.select().from(users).where(eq(users.email, who.email));
  const here = await startSession(db, { userId: user!.id, ip: '192.0.2.44', userAgent: FIREFOX });
  const there = await startSession(db, { userId: user!.id, ip: '198.51.100.7', userAgent: CHROME });
  await signInWithPassword(db, { email: who.email, password: 'nicht das richtige', ip: '192.0.2.44' });
  await sendPasswordResetLink(db, { email: who.email, ip: '192.0.2.44', pageLocale: 'de', appUrl: 'http://portal.test' });
  return { user: user!, here, there };
}

/** Every secret the database holds: hashes, token hashes, session ids, keyed IP hashes, rate-limit keys, mail bodies. */
async function secrets(db: Database): Promise<string[]> {
  const values = [
    ...(await db.select({ v: users.passwordHash }).from(users)),
    ...(await db.select({ v: emailTokens.tokenHash }).from(emailTokens)),
    ...(await db.select({ v: sessions.id }).from(sessions)),
    ...(await db.select({ v: sessions.ipHash }).from(sessions)),
    ...(await db.select({ v: auditLog.ipHash }).from(auditLog)),
    ...(await db.select({ v: rateLimitBuckets.key }).from(rateLimitBuckets)),
    ...(await db.select({ v: mailOutbox.html }).from(mailOutbox)),
    ...(await db.select({ v: mailOutbox.text }).from(mailOutbox)),
  ].map((row) => row.v);
  return values.filter((v): v is string => typeof v === 'string' && v.length >= 16);
}

describe.each(testDatabaseKinds)('the data export on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  describe.skipIf(!enabled)('', () => {
    it('holds the profile, company, consents, sessions, links, mails and events, and not one secret', async () => {
      const ottilie = await person(open.db, OTTILIE);
      const barthold = await person(open.db, BARTHOLD);
      // An operator's action about Ottilie is hers to see, without naming the operator; Barthold's are not.
      await recordAudit(open.db, { event: 'person_looked_up', userId: OPERATOR_ID, details: { subject: ottilie.user.id, status: 'confirmed' } });
      await recordAudit(open.db, { event: 'person_looked_up', userId: OPERATOR_ID, details: { subject: barthold.user.id, status: 'confirmed' } });

      const now = new Date('2026-11-28T10:00:00Z');
      const exported = await exportProfileData(open.db, { userId: ottilie.user.id, currentSessionId: ottilie.here, ip: '192.0.2.44' }, now);
      expect(exported?.fileName).toBe('mein-ias-daten-2026-11-28.json');
      const json = exported!.json;
      const data = JSON.parse(json) as ProfileExport;

      expect(data.profile).toMatchObject({ id: ottilie.user.id, email: OTTILIE.email, firstName: 'Ottilie', lastName: 'Brechtsammer', officeWorkplace: true });
      expect(data.company).toEqual({ name: 'Beispiel GmbH' });
      expect(data.consents.map((c) => [c.kind, c.granted, c.locale])).toEqual(
        expect.arrayContaining([
          ['terms_of_use', true, 'de'],
          ['email_information', true, 'de'],
        ]),
      );
      expect(data.sessions.map((s) => [s.browser, s.current]).sort()).toEqual([
        ['Chrome', false],
        ['Firefox', true],
      ]);
      expect(data.emailLinks.map((l) => [l.purpose, l.email])).toEqual([['reset_password', OTTILIE.email]]);
      expect(data.mails.map((m) => m.template).sort()).toEqual(['confirm-email', 'password-reset']);
      expect(data.auditEvents.map((e) => e.event)).toEqual(
        expect.arrayContaining(['email_confirmed', 'sign_in_failed', 'password_reset_requested', 'person_looked_up']),
      );
      expect(data.auditEvents.filter((e) => e.event === 'person_looked_up')).toHaveLength(1);

      for (const secret of await secrets(open.db)) expect(json, 'a secret of the database').not.toContain(secret);
      for (const word of ['passwordHash', '$argon2', 'tokenHash', 'token', 'ipHash', 'html', OPERATOR_ID]) expect(json).not.toContain(word);
      for (const other of [BARTHOLD.email, 'Barthold', 'Finkenwerder', barthold.user.id, 'example.org']) expect(json).not.toContain(other);

      const [event] = await open.db.select().from(auditLog).where(eq(auditLog.event, 'data_exported'));
      expect(event).toMatchObject({ userId: ottilie.user.id, details: null });
      expect(event!.ipHash).toMatch(/^[\w-]{22}$/);
    });

    it("another person's session id marks nothing as current and reveals nothing of them", async () => {
      const [ottilie] = await open.db.select().from(users).where(eq(users.email, OTTILIE.email));
      const [bartholdSession] = await open.db
        .select({ id: sessions.id })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(users.email, BARTHOLD.email))
        .limit(1);
      const data = await buildProfileExport(open.db, ottilie!.id, { currentSessionId: bartholdSession!.id });
      expect(data!.sessions.map((s) => s.current)).toEqual([false, false]);
      expect(JSON.stringify(data)).not.toContain(BARTHOLD.email);
      expect(JSON.stringify(data)).not.toContain(bartholdSession!.id);
    });

    it('there is nothing to export for an id without a profile, and nothing is recorded', async () => {
      const before = await open.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
      expect(await exportProfileData(open.db, { userId: '00000000-0000-4000-8000-000000000999', ip: '192.0.2.1' })).toBeUndefined();
      expect(await open.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(before);
    });
  });
});

describe('the export file name', () => {
  it('carries the day in UTC', () => {
    expect(exportFileName(new Date('2026-12-31T23:30:00Z'))).toBe('mein-ias-daten-2026-12-31.json');
  });
});
