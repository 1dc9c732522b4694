import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listMailbox } from '@/db/queries/mail-outbox';
import { consents, emailTokens, mailOutbox, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { linksIn } from '@/lib/mail/links';
import { hashToken } from '@/lib/security/tokens';
import { type CompletedDraft, completeRegistration } from './complete-registration';
import { confirmEmail } from './confirm-email';
import { testDraft } from '@/lib/testing/fixtures';
import { useTestDatabase } from '@/db/test-database-hooks';

const appUrl = 'http://portal.test';

const draft = (email: string, overrides: Partial<CompletedDraft> = {}) => testDraft(email, { birthYear: 1984, ...overrides });

describe.each(testDatabaseKinds)('registration on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  const rowCounts = async () => {
    const [[u], [c], [t], [m]] = await Promise.all([
      open.db.select({ n: count() }).from(users),
      open.db.select({ n: count() }).from(consents),
      open.db.select({ n: count() }).from(emailTokens),
      open.db.select({ n: count() }).from(mailOutbox),
    ]);
    return { users: u!.n, consents: c!.n, tokens: t!.n, mails: m!.n };
  };
  const confirmationToken = async (to: string) => {
    const [mail] = await listMailbox(open.db, { to, limit: 1 });
    const link = linksIn(mail!.html).find((l) => l.includes('/bestaetigen?token='));
    return new URL(link!).searchParams.get('token')!;
  };

  it.skipIf(!enabled)('accepting writes the unconfirmed profile, the consent, the hashed token and the mail', async () => {
    const outcome = await completeRegistration(open.db, {
      draft: draft('erika@sub.example.com', { language: 'en' }),
      emailInformation: false,
      pageLocale: 'de',
      appUrl,
    });
    expect(outcome).toBe('registered');
    const [user] = await open.db.select().from(users).where(eq(users.email, 'erika@sub.example.com'));
    expect(user).toMatchObject({ firstName: 'Erika', confirmedAt: null, officeWorkplace: true, birthYear: 1984 });
    const ledger = await open.db.select().from(consents).where(eq(consents.userId, user!.id));
    expect(ledger.map((c) => [c.kind, c.granted])).toEqual([['terms_of_use', true]]);
    expect(ledger[0]!.textVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const [mail] = await listMailbox(open.db, { to: 'erika@sub.example.com', limit: 1 });
    expect(mail!.locale).toBe('en');
    expect(mail!.subject).toBe('Please confirm your e-mail address for “Mein ias”');
    expect(mail!.text).toContain('Hello Erika,');
    expect(mail!.text).toContain('valid for 7 days');
    const token = await confirmationToken('erika@sub.example.com');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const [stored] = await open.db.select().from(emailTokens).where(eq(emailTokens.userId, user!.id));
    expect(stored!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
  });

  it.skipIf(!enabled)('is all or nothing: when the mail cannot be written, no profile, consent or token remains', async () => {
    const before = await rowCounts();
    await open.db.execute(sql`alter table mail_outbox rename to mail_outbox_away`);
    try {
      await expect(
        completeRegistration(open.db, { draft: draft('atomic@example.com'), emailInformation: true, pageLocale: 'de', appUrl }),
      ).rejects.toThrow();
    } finally {
      await open.db.execute(sql`alter table mail_outbox_away rename to mail_outbox`);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it.skipIf(!enabled)('the link confirms once; opened again it says the address is already confirmed', async () => {
    const token = await confirmationToken('erika@sub.example.com');
    expect(await confirmEmail(open.db, token)).toBe('confirmed');
    expect(await confirmEmail(open.db, token)).toBe('already');
    const [user] = await open.db.select().from(users).where(eq(users.email, 'erika@sub.example.com'));
    expect(user!.confirmedAt).toBeInstanceOf(Date);
    expect(await confirmEmail(open.db, 'x'.repeat(43))).toBe('invalid');
    expect(await confirmEmail(open.db, '<script>')).toBe('invalid');
  });

  it.skipIf(!enabled)('registering a confirmed address again changes nothing and sends a notice instead', async () => {
    const before = await open.db.select().from(users).where(eq(users.email, 'erika@sub.example.com'));
    const outcome = await completeRegistration(open.db, {
      draft: draft('ERIKA@sub.example.com', { firstName: 'Mallory', passwordHash: '$argon2id$other' }),
      emailInformation: true,
      pageLocale: 'de',
      appUrl,
    });
    expect(outcome).toBe('existing-confirmed');
    const after = await open.db.select().from(users).where(eq(users.email, 'erika@sub.example.com'));
    expect(after).toEqual(before);
    const [notice] = await listMailbox(open.db, { to: 'erika@sub.example.com', limit: 1 });
    expect(notice!.template).toBe('already-registered');
    expect(notice!.text).toContain('Hello Erika,');
    // The links speak the mail's language (the profile's), not the language of the page that registered again.
    expect(linksIn(notice!.html)).toEqual(expect.arrayContaining([`${appUrl}/en/anmelden`, `${appUrl}/en/passwort-vergessen`]));
  });

  it.skipIf(!enabled)('a newer registration of an unconfirmed address replaces it and retires the older link', async () => {
    await completeRegistration(open.db, {
      draft: draft('max@example.org', { firstName: 'Max' }),
      emailInformation: true,
      pageLocale: 'de',
      appUrl,
    });
    const oldToken = await confirmationToken('max@example.org');
    await completeRegistration(open.db, {
      draft: draft('max@example.org', { firstName: 'Maximilian', disciplinaryReports: true }),
      emailInformation: false,
      pageLocale: 'en',
      appUrl,
    });
    const newToken = await confirmationToken('max@example.org');
    const rows = await open.db.select().from(users).where(eq(users.email, 'max@example.org'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ firstName: 'Maximilian', disciplinaryReports: true });
    // The ledger keeps the first consent and records its withdrawal; nothing is overwritten.
    const ledger = await open.db
      .select()
      .from(consents)
      .where(eq(consents.userId, rows[0]!.id))
      .orderBy(consents.id);
    expect(ledger.map((c) => [c.kind, c.granted])).toEqual([
      ['terms_of_use', true],
      ['email_information', true],
      ['terms_of_use', true],
      ['email_information', false],
    ]);
    expect(await confirmEmail(open.db, oldToken)).toBe('replaced');
    expect(await confirmEmail(open.db, newToken)).toBe('confirmed');
    expect(await confirmEmail(open.db, oldToken)).toBe('already');
  });

  it.skipIf(!enabled)('a link older than 7 days has expired', async () => {
    await completeRegistration(open.db, { draft: draft('late@example.com'), emailInformation: false, pageLocale: 'de', appUrl });
    const token = await confirmationToken('late@example.com');
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect(await confirmEmail(open.db, token, eightDaysOn)).toBe('expired');
    expect(await confirmEmail(open.db, token)).toBe('confirmed');
  });

  it.skipIf(!enabled)('an address outside the customer companies is refused', async () => {
    const before = await rowCounts();
    const outcome = await completeRegistration(open.db, {
      draft: draft('someone@gmail.com'),
      emailInformation: false,
      pageLocale: 'de',
      appUrl,
    });
    expect(outcome).toBe('not-a-customer');
    expect(await rowCounts()).toEqual(before);
  });
});
