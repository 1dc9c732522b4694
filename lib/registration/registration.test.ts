import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database-hooks';
import { createCompany, findCompanyForEmail, setCompanyActive } from '@/db/queries/companies';
import { addCompanyDomain } from '@/db/queries/company-domains';
import { listMailbox } from '@/db/queries/mail-outbox';
import { consents, emailTokens, mailOutbox, registrations, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { linksIn } from '@/lib/mail/links';
import { hashToken } from '@/lib/security/tokens';
import { acceptInput } from '@/lib/testing/fixtures';
import { completeRegistration } from './complete-registration';
import { confirmRegistration, inspectConfirmationLink } from './confirm-email';

const appUrl = 'http://portal.test';
const ALL_MAIL = 24 * 3600 * 1000;

describe.each(testDatabaseKinds)('registration on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  const rowCounts = async () => {
    const tables = { registrations, users, consents, tokens: emailTokens, mails: mailOutbox };
    const entries = await Promise.all(
      Object.entries(tables).map(async ([name, table]) => [name, (await open.db.select({ n: count() }).from(table))[0]!.n] as const),
    );
    return Object.fromEntries(entries);
  };
  const mailsTo = (to: string) => listMailbox(open.db, { to, limit: 100 });
  const confirmationToken = async (to: string) => {
    const [mail] = await mailsTo(to);
    const link = linksIn(mail!.html).find((l) => l.includes('/bestaetigen?token='));
    return new URL(link!).searchParams.get('token')!;
  };
  const userOf = async (email: string) => (await open.db.select().from(users).where(eq(users.email, email)))[0];

  describe.skipIf(!enabled)('', () => {
    it('"Akzeptieren" stores the attempt, its hashed link and the mail, and no profile before confirmation', async () => {
      const outcome = await completeRegistration(open.db, acceptInput('erika@sub.example.com', { data: { language: 'en', birthYear: 1984 } }));
      expect(outcome).toBe('registered');
      const [attempt] = await open.db.select().from(registrations).where(eq(registrations.email, 'erika@sub.example.com'));
      expect(attempt).toMatchObject({ firstName: 'Erika', officeWorkplace: true, birthYear: 1984, emailInformation: false });
      expect(attempt!.termsVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await userOf('erika@sub.example.com')).toBeUndefined();

      const [mail] = await mailsTo('erika@sub.example.com');
      expect(mail!.locale).toBe('en');
      expect(mail!.subject).toBe('Please confirm your e-mail address for “Mein ias”');
      expect(mail!.text).toContain('valid for 7 days');
      expect(mail!.discardAfter!.getTime() - mail!.createdAt.getTime()).toBeGreaterThan(6.9 * ALL_MAIL);
      const token = await confirmationToken('erika@sub.example.com');
      const [stored] = await open.db.select().from(emailTokens).where(eq(emailTokens.registrationId, attempt!.id));
      expect(stored!.tokenHash).toBe(hashToken(token));
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('a name cannot put text into a mail to an address nobody has confirmed', async () => {
      const phishing = 'Ihr Konto wird gesperrt Rufen Sie www.evil.example auf';
      await completeRegistration(open.db, acceptInput('victim@example.com', { data: { firstName: phishing, lastName: 'Sofort' } }));
      const [mail] = await mailsTo('victim@example.com');
      for (const part of [mail!.text, mail!.html, mail!.subject]) {
        expect(part).not.toContain('evil.example');
        expect(part).not.toContain('Sofort');
      }
      expect(mail!.text).toContain('Guten Tag,');
    });

    it('is all or nothing: when the mail cannot be written, no attempt or token remains', async () => {
      const before = await rowCounts();
      const failing = open.db.transaction.bind(open.db);
      const db = Object.create(open.db, {
        transaction: {
          value: (work: Parameters<typeof failing>[0]) =>
            failing(async (tx) => {
              const result = await work(tx);
              throw new Error(`the outbox is full (${String(result)})`);
            }),
        },
      });
      await expect(completeRegistration(db, acceptInput('atomic@example.com', { emailInformation: true }))).rejects.toThrow('outbox');
      expect(await rowCounts()).toEqual(before);
    });

    it('opening the link changes nothing; the button confirms exactly that attempt, once', async () => {
      const token = await confirmationToken('erika@sub.example.com');
      const before = await rowCounts();
      const seen = await inspectConfirmationLink(open.db, token);
      await inspectConfirmationLink(open.db, token);
      expect(seen.state).toBe('pending');
      expect(seen.state === 'pending' && seen.registration.firstName).toBe('Erika');
      expect(await rowCounts()).toEqual(before);

      expect(await confirmRegistration(open.db, token)).toBe('confirmed');
      expect(await confirmRegistration(open.db, token)).toBe('already');
      expect((await inspectConfirmationLink(open.db, token)).state).toBe('already');
      const user = await userOf('erika@sub.example.com');
      expect(user).toMatchObject({ firstName: 'Erika', birthYear: 1984, language: 'en' });
      expect(user!.confirmedAt).toBeInstanceOf(Date);
      const ledger = await open.db.select().from(consents).where(eq(consents.userId, user!.id));
      expect(ledger.map((c) => [c.kind, c.granted])).toEqual([['terms_of_use', true]]);
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'erika@sub.example.com'))).toEqual([]);
      expect(await confirmRegistration(open.db, 'x'.repeat(43))).toBe('invalid');
      expect(await confirmRegistration(open.db, '<script>')).toBe('invalid');
    });

    it("a stranger registering a pending address changes nothing the owner's link confirms", async () => {
      const t0 = new Date(Date.now() - 60_000);
      await completeRegistration(open.db, acceptInput('max@example.org', { data: { firstName: 'Max', passwordHash: '$argon2id$owner' }, emailInformation: true, now: t0 }));
      const owners = await confirmationToken('max@example.org');
      await completeRegistration(open.db, acceptInput('MAX@example.org', { data: { firstName: 'Mallory', passwordHash: '$argon2id$stranger' } }));
      const strangers = await confirmationToken('max@example.org');
      expect(strangers).not.toBe(owners);
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'max@example.org'))).toHaveLength(2);

      expect(await confirmRegistration(open.db, owners)).toBe('confirmed');
      const user = await userOf('max@example.org');
      expect(user).toMatchObject({ firstName: 'Max', passwordHash: '$argon2id$owner' });
      // The consents are the owner's, at the time the owner gave them.
      const ledger = await open.db.select().from(consents).where(eq(consents.userId, user!.id)).orderBy(consents.id);
      expect(ledger.map((c) => [c.kind, c.granted, c.createdAt.getTime()])).toEqual([
        ['terms_of_use', true, t0.getTime()],
        ['email_information', true, t0.getTime()],
      ]);
      // The stranger's link is worth nothing now, and says why.
      expect(await confirmRegistration(open.db, strangers)).toBe('already');
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'max@example.org'))).toEqual([]);
    });

    it('two attempts confirmed at the same moment make exactly one profile', async () => {
      await completeRegistration(open.db, acceptInput('race@example.com', { data: { firstName: 'Anna' } }));
      const first = await confirmationToken('race@example.com');
      await completeRegistration(open.db, acceptInput('race@example.com', { data: { firstName: 'Berta' } }));
      const second = await confirmationToken('race@example.com');
      const results = await Promise.all([confirmRegistration(open.db, first), confirmRegistration(open.db, second)]);
      expect(results.sort()).toEqual(['already', 'confirmed']);
      expect(await open.db.select().from(users).where(eq(users.email, 'race@example.com'))).toHaveLength(1);
      const [{ n }] = (await open.db.select({ n: count() }).from(consents).innerJoin(users, eq(users.id, consents.userId)).where(eq(users.email, 'race@example.com'))) as [{ n: number }];
      expect(n).toBe(1);
    });

    it('registering a confirmed address changes nothing and sends its owner one notice a day', async () => {
      const before = await userOf('erika@sub.example.com');
      const again = () => completeRegistration(open.db, acceptInput('ERIKA@sub.example.com', { data: { firstName: 'Mallory' }, emailInformation: true }));
      expect(await again()).toBe('existing-confirmed');
      expect(await again()).toBe('mail-limited');
      expect(await userOf('erika@sub.example.com')).toEqual(before);
      const mails = await mailsTo('erika@sub.example.com');
      expect(mails.map((m) => m.template)).toEqual(['already-registered', 'confirm-email']);
      expect(mails[0]!.text).toContain('Hello Erika,');
      // The links speak the profile's language, not the language of the page that registered again.
      expect(linksIn(mails[0]!.html)).toEqual(expect.arrayContaining([`${appUrl}/en/anmelden`, `${appUrl}/en/passwort-vergessen`]));
    });

    it('sends at most 3 confirmation mails an hour to one address; a fourth attempt stores nothing', async () => {
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await completeRegistration(open.db, acceptInput('often@example.com')));
      expect(results).toEqual(['registered', 'registered', 'registered', 'mail-limited']);
      expect(await mailsTo('often@example.com')).toHaveLength(3);
      expect(await open.db.select().from(registrations).where(eq(registrations.email, 'often@example.com'))).toHaveLength(3);
    });

    it('a draft is accepted once: its cookie replayed sends nothing more', async () => {
      const input = acceptInput('replay@example.com', { draftId: 'one-and-the-same-draft-id' });
      expect(await completeRegistration(open.db, input)).toBe('registered');
      expect(await completeRegistration(open.db, input)).toBe('replayed');
      expect(await mailsTo('replay@example.com')).toHaveLength(1);
    });

    it('a link older than 7 days has expired', async () => {
      await completeRegistration(open.db, acceptInput('late@example.com'));
      const token = await confirmationToken('late@example.com');
      const eightDaysOn = new Date(Date.now() + 8 * ALL_MAIL);
      expect(await confirmRegistration(open.db, token, eightDaysOn)).toBe('expired');
      expect(await confirmRegistration(open.db, token)).toBe('confirmed');
    });

    it('an address outside the customer companies is refused and stores nothing', async () => {
      const before = await rowCounts();
      expect(await completeRegistration(open.db, acceptInput('someone@gmail.com'))).toBe('not-a-customer');
      expect(await rowCounts()).toEqual(before);
    });

    it('an address of a deactivated company is refused too, also at a subsidiary domain under an active parent', async () => {
      const parent = await createCompany(open.db, 'Konzern AG');
      const subsidiary = await createCompany(open.db, 'Tochter GmbH');
      await addCompanyDomain(open.db, 'konzern.de', parent.id);
      await addCompanyDomain(open.db, 'tochter.konzern.de', subsidiary.id);
      expect((await findCompanyForEmail(open.db, 'a@werk.tochter.konzern.de'))?.name).toBe('Tochter GmbH');
      await setCompanyActive(open.db, subsidiary.id, false);
      const before = await rowCounts();
      expect(await completeRegistration(open.db, acceptInput('a@werk.tochter.konzern.de'))).toBe('not-a-customer');
      expect(await rowCounts()).toEqual(before);
      expect((await findCompanyForEmail(open.db, 'a@konzern.de'))?.name).toBe('Konzern AG');
      await setCompanyActive(open.db, parent.id, false);
      expect(await completeRegistration(open.db, acceptInput('a@konzern.de'))).toBe('not-a-customer');
    });

    it('a registration made before its company was deactivated can no longer be confirmed', async () => {
      const company = await createCompany(open.db, 'Abschied GmbH');
      await addCompanyDomain(open.db, 'abschied.de', company.id);
      expect(await completeRegistration(open.db, acceptInput('a@abschied.de'))).toBe('registered');
      const token = await confirmationToken('a@abschied.de');
      await setCompanyActive(open.db, company.id, false);
      expect((await inspectConfirmationLink(open.db, token)).state).toBe('companyInactive');
      expect(await confirmRegistration(open.db, token)).toBe('companyInactive');
      expect(await userOf('a@abschied.de')).toBeUndefined();
      await setCompanyActive(open.db, company.id, true);
      expect(await confirmRegistration(open.db, token)).toBe('confirmed');
    });
  });
});
