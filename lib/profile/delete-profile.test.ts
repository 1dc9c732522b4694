import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { createEmailToken } from '@/db/queries/email-tokens';
import { enqueueMail, listMailbox } from '@/db/queries/mail-outbox';
import { auditLog, consents, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { sendPasswordResetLink } from '@/lib/auth/password-reset';
import { startSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { linksIn } from '@/lib/mail/links';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { confirmRegistration } from '@/lib/registration/confirm-email';
import { hashToken, newToken } from '@/lib/security/tokens';
import { acceptInput } from '@/lib/testing/fixtures';
import { deleteProfile } from './delete-profile';
import { exportProfileData } from './export';
import { endOtherSession, signOutEverywhere } from './sessions';

const EMAIL = 'zacharias.quendelmann@example.com';
const NAME = { firstName: 'Zacharias', lastName: 'Quendelmann' };

/** Every row of every table of the portal, as text: what a deleted person must not be found in. */
async function everyRow(db: Database): Promise<Record<string, string>> {
  const result = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const rowsOf = <T,>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
  const dump: Record<string, string> = {};
  for (const { table_name } of rowsOf<{ table_name: string }>(result)) {
    dump[table_name] = JSON.stringify(rowsOf(await db.execute(sql.raw(`select * from "${table_name}"`)))).toLowerCase();
  }
  return dump;
}

describe.each(testDatabaseKinds)('deleting a profile on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const register = async (email: string) => {
    await completeRegistration(open.db, acceptInput(email, { data: NAME, emailInformation: true }));
    const [mail] = await listMailbox(open.db, { to: email, limit: 1 });
    return new URL(linksIn(mail!.html).find((l) => l.includes('/bestaetigen?token='))!).searchParams.get('token')!;
  };

  describe.skipIf(!enabled)('', () => {
    it('leaves no row anywhere that names the address or the name; consents and audit events stay under the id', async () => {
      // Two attempts (the second's link revoked when the first is confirmed), a session, a reset link, a notice.
      const first = await register(EMAIL);
      await register(EMAIL);
      expect(await confirmRegistration(open.db, first)).toBe('confirmed');
      const [user] = await open.db.select().from(users).where(eq(users.email, EMAIL));
      await startSession(open.db, { userId: user!.id, ip: '192.0.2.10', userAgent: 'Mozilla/5.0 Firefox/140.0' });
      await signInWithPassword(open.db, { email: EMAIL, password: 'falsch falsch', ip: '192.0.2.10' });
      await sendPasswordResetLink(open.db, { email: EMAIL, ip: '192.0.2.10', pageLocale: 'de', appUrl: 'http://portal.test' });
      await completeRegistration(open.db, acceptInput(EMAIL, { data: NAME }));
      const before = await everyRow(open.db);
      for (const table of ['users', 'email_tokens', 'mail_outbox']) expect(before[table], table).toContain(EMAIL);
      expect(before.sessions).toContain(user!.id);
      expect(before.users).toContain('quendelmann');

      const now = new Date();
      const report = await deleteProfile(open.db, EMAIL, 'self', now);

      expect(report).toMatchObject({ userId: user!.id, consentsKept: 2 });
      expect(report.mails).toBeGreaterThanOrEqual(3);
      const after = await everyRow(open.db);
      for (const [table, text] of Object.entries(after)) {
        for (const trace of [EMAIL, 'zacharias', 'quendelmann']) expect(text, `${table} names ${trace}`).not.toContain(trace);
      }
      const kept = await open.db.select().from(consents).where(eq(consents.userId, user!.id));
      expect(kept.map((c) => [c.kind, c.profileDeletedAt?.getTime()])).toEqual([
        ['terms_of_use', now.getTime()],
        ['email_information', now.getTime()],
      ]);
      const events = await open.db.select().from(auditLog).where(eq(auditLog.userId, user!.id));
      expect(events.map((e) => e.event)).toContain('profile_deleted');
      expect(events.find((e) => e.event === 'profile_deleted')!.details).toEqual({ subject: user!.id, registrations: 0, by: 'self' });
    });

    it('the address can register and be confirmed again, as a new profile', async () => {
      const [before] = await open.db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.email, EMAIL));
      expect(before!.n).toBe(0);
      expect(await confirmRegistration(open.db, await register(EMAIL))).toBe('confirmed');
      expect(await open.db.select().from(users).where(eq(users.email, EMAIL))).toHaveLength(1);
    });

    it('after sessions ended, a data export and a pending change of address, deleting leaves nothing that names the person', async () => {
      const email = 'philippa.wendehals@example.com';
      const newAddress = 'p.wendehals@example.com';
      expect(await confirmRegistration(open.db, await register(email))).toBe('confirmed');
      const [user] = await open.db.select().from(users).where(eq(users.email, email));
      const here = await startSession(open.db, { userId: user!.id, ip: '192.0.2.20', userAgent: 'Mozilla/5.0 Firefox/140.0' });
      const there = await startSession(open.db, { userId: user!.id, ip: '192.0.2.21', userAgent: 'Mozilla/5.0 Firefox/140.0' });
      expect(await endOtherSession(open.db, { userId: user!.id, sessionId: there, currentSessionId: here, ip: '192.0.2.20' })).toBe(true);
      expect(await exportProfileData(open.db, { userId: user!.id, currentSessionId: here, ip: '192.0.2.20' })).toBeDefined();
      await signOutEverywhere(open.db, { userId: user!.id, ip: '192.0.2.20' });
      // A change of address waiting for its link: the link and its mail name the person at the new address.
      await createEmailToken(open.db, {
        userId: user!.id,
        purpose: 'change_email',
        tokenHash: hashToken(newToken()),
        email: newAddress,
        expiresAt: new Date(Date.now() + 60 * 60 * 1000),
      });
      await enqueueMail(open.db, { to: newAddress, template: 'change-email', locale: 'de', subject: 'Neue Adresse', html: 'Hallo Philippa Wendehals', text: 'Hallo Philippa Wendehals' });

      await deleteProfile(open.db, email, 'self');

      const after = await everyRow(open.db);
      for (const [table, text] of Object.entries(after)) {
        for (const trace of [email, newAddress, 'philippa', 'wendehals']) expect(text, `${table} names ${trace}`).not.toContain(trace);
      }
      const events = await open.db.select().from(auditLog).where(eq(auditLog.userId, user!.id));
      expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['session_ended', 'data_exported', 'signed_out_everywhere', 'profile_deleted']));
    });

    it('an operator deleting a pending address deletes its attempts; an address with nothing changes nothing', async () => {
      await register('pending.only@example.org');
      const report = await deleteProfile(open.db, 'Pending.Only@example.org', { operatorId: '00000000-0000-4000-8000-000000000001' });
      expect(report).toMatchObject({ userId: undefined, registrations: 1, emailTokens: 1, mails: 1, consentsKept: 0 });
      const [event] = await open.db.select().from(auditLog).where(eq(auditLog.event, 'profile_deleted')).orderBy(sql`${auditLog.id} desc`).limit(1);
      expect(event).toMatchObject({ userId: '00000000-0000-4000-8000-000000000001', details: { subject: null, registrations: 1, by: 'operator' } });

      const auditBefore = await open.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
      expect(await deleteProfile(open.db, 'pending.only@example.org', { via: 'cli' })).toEqual({
        userId: undefined,
        registrations: 0,
        mails: 0,
        emailTokens: 0,
        consentsKept: 0,
      });
      expect(await open.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(auditBefore);
    });
  });
});
