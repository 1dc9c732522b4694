import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, mailOutbox } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { checkLimits } from '@/lib/forms/limits';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { hashPassword } from '@/lib/security/passwords';
import { completePasswordReset, findResetLinkOwner, resetLimits, resetPerAddress, sendPasswordResetLink } from './password-reset';
import { checkSession } from './session-check';
import { startSession } from './sessions';
import { signInWithPassword } from './sign-in';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';
import { useTestDatabase } from '@/db/test-database-hooks';

const OLD = 'Kaffeetasse Wolkenkratzer Brise';
const NEW = 'Regenschirm Tintenfisch Laterne';
const t0 = new Date('2026-11-27T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const resetFrom = { ip: '10.1.0.9', pageLocale: 'de', appUrl: 'http://portal.test' } as const;
const tokenIn = (html: string) => /passwort-zuruecksetzen\?token=([A-Za-z0-9_-]{43})/.exec(html)?.[1];

describe.each(testDatabaseKinds)('password reset on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const request = (email: string, minutes = 0, ip = '10.1.0.1') =>
    sendPasswordResetLink(open.db, { email, ip, pageLocale: 'de', appUrl: 'http://portal.test' }, at(minutes));
  const addUser = async (email: string, confirmed: boolean) =>
    addTestUser(open.db, email, { passwordHash: await hashPassword(OLD), confirmedAt: confirmed ? t0 : null, language: 'en' });
  const latestToken = async (email: string) => {
    const mails = await open.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
    return tokenIn(mails.at(-1)!.html);
  };


  it.skipIf(!enabled)('a single-use link in the person’s language sets a new password and ends every session', async () => {
    const user = await addUser('erika.reset@example.com', true);
    expect(await request('Erika.Reset@example.com')).toBe('sent');
    const [mail] = await open.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(mail).toMatchObject({ template: 'password-reset', locale: 'en', subject: 'Set a new password for “Mein ias”' });
    expect(mail!.html).toContain('http://portal.test/en/passwort-zuruecksetzen?token=');
    const token = tokenIn(mail!.html)!;

    expect((await findResetLinkOwner(open.db, token, at(1)))?.id).toBe(user.id);
    // Locked out by her own guesses from this IP: the new password lifts that at once.
    for (let i = 0; i < 5; i++) await signInWithPassword(open.db, { email: user.email, password: `vergessen ${i}`, ip: '10.1.0.9' });
    expect((await signInWithPassword(open.db, { email: user.email, password: OLD, ip: '10.1.0.9' })).status).toBe('throttled');
    const laptop = await startSession(open.db, { userId: user.id, ip: '10.1.0.7', userAgent: null }, t0);
    const phone = await startSession(open.db, { userId: user.id, ip: '10.1.0.8', userAgent: null }, t0);
    const someoneElse = await addUser('max.reset@example.com', true);
    const theirs = await startSession(open.db, { userId: someoneElse.id, ip: '10.1.0.7', userAgent: null }, t0);
    const done = await completePasswordReset(open.db, { token, passwordHash: await hashPassword(NEW), ...resetFrom }, at(1));
    expect(done?.id).toBe(user.id);
    // The same notice as after a change in the profile, in her language, with the reset page for "not me".
    const notices = await open.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'password-changed'));
    expect(notices.map((n) => [n.to, n.locale, n.subject])).toEqual([[user.email, 'en', 'Your password was changed']]);
    expect(notices[0]!.text).toContain('http://portal.test/en/passwort-vergessen');
    expect(await checkSession(open.db, laptop, at(2))).toBeUndefined();
    expect(await checkSession(open.db, phone, at(2))).toBeUndefined();
    expect(await checkSession(open.db, theirs, at(2))).toBeDefined();
    expect(await completePasswordReset(open.db, { token, passwordHash: 'x', ...resetFrom }, at(2))).toBeUndefined();
    expect(await findResetLinkOwner(open.db, token, at(2))).toBeUndefined();

    expect((await signInWithPassword(open.db, { email: user.email, password: OLD, ip: '10.1.0.9' })).status).toBe('invalid');
    expect((await signInWithPassword(open.db, { email: user.email, password: NEW, ip: '10.1.0.9' })).status).toBe('ok');
    const audit = await open.db.select().from(auditLog).where(eq(auditLog.userId, user.id));
    expect(audit.map((a) => a.event)).toEqual(expect.arrayContaining(['password_reset_requested', 'password_reset_completed']));
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it.skipIf(!enabled)('a link is valid for one hour, and a newer one replaces it', async () => {
    await addUser('erika.expiry@example.com', true);
    await request('erika.expiry@example.com');
    const first = (await latestToken('erika.expiry@example.com'))!;
    expect(await findResetLinkOwner(open.db, first, at(59))).toBeDefined();
    expect(await findResetLinkOwner(open.db, first, at(60))).toBeUndefined();
    await request('erika.expiry@example.com', 1);
    const second = (await latestToken('erika.expiry@example.com'))!;
    expect(second).not.toBe(first);
    expect(await findResetLinkOwner(open.db, first, at(2))).toBeUndefined();
    expect(await findResetLinkOwner(open.db, second, at(2))).toBeDefined();
  });

  it.skipIf(!enabled)('the stored reset mail lives only as long as its link', async () => {
    await addUser('erika.short@example.com', true);
    await request('erika.short@example.com');
    const [mail] = await open.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'erika.short@example.com'));
    expect(mail!.discardAfter).toEqual(at(60));
  });

  it.skipIf(!enabled)('an unknown address, or one only registered and not confirmed, gets nothing and leaves nothing', async () => {
    await completeRegistration(open.db, acceptInput('pending.reset@example.com'));
    const before = await open.db.select().from(mailOutbox);
    expect(await request('nobody@example.com')).toBe('unknown');
    expect(await request('pending.reset@example.com')).toBe('unknown');
    expect(await open.db.select().from(mailOutbox)).toEqual(before);
  });

  it.skipIf(!enabled)('each address may ask 3 times an hour and each IP 20 times, known or unknown alike', async () => {
    const verdicts = [];
    for (let i = 0; i <= resetPerAddress.limit; i++) verdicts.push((await checkLimits(open.db, resetLimits('x@example.com', `10.2.0.${i}`), at(i))).ok);
    expect(verdicts).toEqual([true, true, true, false]);
    const byIp = [];
    for (let i = 0; i < 21; i++) byIp.push((await checkLimits(open.db, resetLimits(`ip-${i}@example.com`, '10.3.0.1'), at(0))).ok);
    expect(byIp.filter(Boolean)).toHaveLength(20);
  });
});
