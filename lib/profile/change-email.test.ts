import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createCompany, findCompanyForEmail, setCompanyActive } from '@/db/queries/companies';
import { addCompanyDomain } from '@/db/queries/company-domains';
import { findUserByEmail, findUserById } from '@/db/queries/users';
import { auditLog, emailTokens, mailOutbox } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { sendPasswordResetLink } from '@/lib/auth/password-reset';
import { checkSession } from '@/lib/auth/session-check';
import { startSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { hashPassword } from '@/lib/security/passwords';
import { addTestUser } from '@/lib/testing/fixtures';
import { changeMailsPerUser, confirmEmailChange, inspectEmailChangeLink, requestEmailChange } from './change-email';

const PASSWORD = 'Kaffeetasse Wolkenkratzer Brise';
const t0 = new Date('2026-11-27T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const place = { pageLocale: 'de', appUrl: 'http://portal.test' } as const;
const tokenIn = (html: string) => /e-mail-adresse\/bestaetigen\?token=([A-Za-z0-9_-]{43})/.exec(html)?.[1];

describe.each(testDatabaseKinds)('changing the e-mail address on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const addUser = async (email: string, language: 'de' | 'en' | null = null) =>
    addTestUser(open.db, email, { passwordHash: await hashPassword(PASSWORD), confirmedAt: t0, language });
  const session = (userId: string) => startSession(open.db, { userId, ip: '10.4.0.1', userAgent: null }, t0);
  const request = (user: { id: string; email: string; language: 'de' | 'en' | null }, newEmail: string, minutes = 0) =>
    requestEmailChange(open.db, { user, newEmail, ip: '10.4.0.1', ...place }, at(minutes));
  const mailsTo = (email: string) => open.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
  const linkTo = async (email: string) => tokenIn((await mailsTo(email)).at(-1)!.html)!;
  const confirm = (token: string, minutes = 1, keepSessionId?: string) =>
    confirmEmailChange(open.db, { token, keepSessionId, ...place }, at(minutes));

  it.skipIf(!enabled)('a link to the new address moves the profile there and to its company; until then the old one holds', async () => {
    const erika = await addUser('erika.move@example.com', 'en');
    const here = await session(erika.id);
    const phone = await session(erika.id);
    const beispiel = erika.companyId;

    expect(await request(erika, 'Erika.Neu@example.org')).toEqual({ outcome: 'sent' });
    const [mail] = await mailsTo('erika.neu@example.org');
    expect(mail).toMatchObject({ template: 'email-change-confirm', locale: 'en', subject: 'Please confirm your new e-mail address for “Mein ias”' });
    expect(mail!.html).toContain('http://portal.test/en/profil/e-mail-adresse/bestaetigen?token=');
    expect(mail!.text).toContain('valid for 24 hours');
    expect(mail!.text).not.toContain('Erika');
    expect(mail!.discardAfter).toEqual(at(24 * 60));
    const token = tokenIn(mail!.html)!;

    // Nothing changed yet: the old address signs in, and looking at the link changes nothing either.
    expect(await inspectEmailChangeLink(open.db, token, at(1))).toMatchObject({ state: 'pending', firstName: 'Erika', newEmail: 'erika.neu@example.org' });
    expect((await findUserById(open.db, erika.id))!.email).toBe('erika.move@example.com');
    expect((await signInWithPassword(open.db, { email: 'erika.move@example.com', password: PASSWORD, ip: '10.4.0.1' }, at(1))).status).toBe('ok');

    const done = await confirm(token, 2, here);
    expect(done.result).toBe('changed');
    const moved = (await findUserById(open.db, erika.id))!;
    expect(moved.email).toBe('erika.neu@example.org');
    expect(moved.companyId).toBe((await findCompanyForEmail(open.db, 'x@example.org'))!.id);
    expect(moved.companyId).not.toBe(beispiel);
    expect(await checkSession(open.db, here, at(3))).toBeDefined();
    expect(await checkSession(open.db, phone, at(3))).toBeUndefined();
    expect((await signInWithPassword(open.db, { email: 'erika.neu@example.org', password: PASSWORD, ip: '10.4.0.1' }, at(3))).status).toBe('ok');
    expect((await signInWithPassword(open.db, { email: 'erika.move@example.com', password: PASSWORD, ip: '10.4.0.1' }, at(3))).status).toBe('invalid');

    const notices = (await mailsTo('erika.move@example.com')).filter((m) => m.template === 'email-changed');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ locale: 'en', subject: 'Your e-mail address was changed' });
    expect(notices[0]!.text).toContain('e***@example.org');
    expect(notices[0]!.text).not.toContain('erika.neu@example.org');
    expect(notices[0]!.text).toContain('meinias@ias-gruppe.de');

    const events = await open.db.select().from(auditLog).where(eq(auditLog.userId, erika.id));
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['email_change_requested', 'email_changed']));
    expect(JSON.stringify(events)).not.toContain('erika.neu');
    // Used up.
    expect(await confirm(token, 4)).toEqual({ result: 'already' });
  });

  it.skipIf(!enabled)('a confirmer who is not signed in as the owner ends every session of the owner', async () => {
    const erika = await addUser('erika.away@example.com');
    const hers = await session(erika.id);
    await request(erika, 'erika.away@example.org');
    expect((await confirm(await linkTo('erika.away@example.org'))).result).toBe('changed');
    expect(await checkSession(open.db, hers, at(3))).toBeUndefined();
  });

  it.skipIf(!enabled)('an address another profile has is refused without saying so: its owner gets a notice, nothing changes', async () => {
    const erika = await addUser('erika.taken@example.com');
    const max = await addUser('max.taken@example.org', 'en');
    expect(await request(erika, 'MAX.taken@example.org')).toEqual({ outcome: 'in-use' });
    const mails = await mailsTo('max.taken@example.org');
    expect(mails.map((m) => [m.template, m.locale])).toEqual([['email-in-use', 'en']]);
    expect(tokenIn(mails[0]!.html)).toBeUndefined();
    const links = await open.db.select().from(emailTokens).where(and(eq(emailTokens.userId, erika.id), eq(emailTokens.purpose, 'change_email')));
    expect(links).toEqual([]);
    // One notice a day to that address, however often.
    expect(await request(erika, 'max.taken@example.org', 1)).toEqual({ outcome: 'mail-limited' });
    expect(await mailsTo('max.taken@example.org')).toHaveLength(1);
    expect((await findUserById(open.db, max.id))!.email).toBe('max.taken@example.org');
  });

  it.skipIf(!enabled)('an address taken between the request and the confirmation is refused then', async () => {
    const erika = await addUser('erika.race@example.com');
    await request(erika, 'erika.race@example.org');
    const token = await linkTo('erika.race@example.org');
    await addUser('erika.race@example.org');
    expect(await confirm(token)).toEqual({ result: 'refused' });
    expect((await findUserById(open.db, erika.id))!.email).toBe('erika.race@example.com');
  });

  it.skipIf(!enabled)('an address of no customer company, or of a deactivated one, is refused', async () => {
    const erika = await addUser('erika.foreign@example.com');
    expect(await request(erika, 'erika@gmail.com')).toEqual({ outcome: 'not-a-customer' });
    const gone = await createCompany(open.db, 'Vergangen KG');
    await addCompanyDomain(open.db, 'vergangen.example', gone.id);
    await request(erika, 'erika@vergangen.example');
    const token = await linkTo('erika@vergangen.example');
    await setCompanyActive(open.db, gone.id, false);
    expect(await request(erika, 'erika2@vergangen.example')).toEqual({ outcome: 'not-a-customer' });
    expect(await confirm(token)).toEqual({ result: 'refused' });
    expect(await mailsTo('erika@gmail.com')).toEqual([]);
    expect((await findUserById(open.db, erika.id))!.email).toBe('erika.foreign@example.com');
  });

  it.skipIf(!enabled)('the current address is not a change', async () => {
    const erika = await addUser('erika.same@example.com');
    expect(await request(erika, 'ERIKA.same@example.com')).toEqual({ outcome: 'same' });
  });

  it.skipIf(!enabled)('a link holds 24 hours, a newer one replaces it, and a used one does nothing more', async () => {
    const erika = await addUser('erika.expiry@example.com');
    await request(erika, 'erika.first@example.org');
    const first = await linkTo('erika.first@example.org');
    expect(await confirm(first, 24 * 60)).toEqual({ result: 'expired' });
    await request(erika, 'erika.second@example.org', 1);
    const second = await linkTo('erika.second@example.org');
    expect(await confirm(first, 2)).toEqual({ result: 'replaced' });
    expect((await confirm(second, 2)).result).toBe('changed');
    expect(await confirm(second, 3)).toEqual({ result: 'already' });
    expect((await findUserById(open.db, erika.id))!.email).toBe('erika.second@example.org');
  });

  it.skipIf(!enabled)('one person’s link changes only that person’s address, whoever confirms it', async () => {
    const erika = await addUser('erika.own@example.com');
    const max = await addUser('max.own@example.com');
    const maxSession = await session(max.id);
    await request(erika, 'erika.own@example.org');
    const token = await linkTo('erika.own@example.org');
    // Max is signed in in the browser that confirms: Erika's address changes, Max's profile and session do not.
    const done = await confirm(token, 1, maxSession);
    expect(done.user?.id).toBe(erika.id);
    expect((await findUserById(open.db, max.id))!.email).toBe('max.own@example.com');
    expect(await checkSession(open.db, maxSession, at(2))).toBeDefined();
    // A link of another purpose is no change link: Max's reset link cannot move his address.
    await sendPasswordResetLink(open.db, { email: max.email, ip: '10.4.0.1', ...place }, t0);
    const resetToken = /token=([A-Za-z0-9_-]{43})/.exec((await mailsTo(max.email)).at(-1)!.html)![1]!;
    expect(await inspectEmailChangeLink(open.db, resetToken, at(1))).toEqual({ state: 'invalid' });
    expect(await confirm(resetToken)).toEqual({ result: 'invalid' });
    expect(await findUserByEmail(open.db, 'max.own@example.com')).toBeDefined();
  });

  it.skipIf(!enabled)(`a person may ask ${changeMailsPerUser.limit} times an hour`, async () => {
    const erika = await addUser('erika.limit@example.com');
    const outcomes = [];
    for (let i = 0; i <= changeMailsPerUser.limit; i++) outcomes.push((await request(erika, `erika.limit${i}@example.org`, i)).outcome);
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'limited']);
    expect(await request(erika, 'erika.limit9@example.org', 61)).toEqual({ outcome: 'sent' });
  });
});
