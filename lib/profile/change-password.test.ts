import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, mailOutbox } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { findResetLinkOwner, sendPasswordResetLink } from '@/lib/auth/password-reset';
import { checkSession } from '@/lib/auth/session-check';
import { startSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { hashPassword } from '@/lib/security/passwords';
import { addTestUser } from '@/lib/testing/fixtures';
import { changePassword } from './change-password';

const OLD = 'Kaffeetasse Wolkenkratzer Brise';
const NEW = 'Regenschirm Tintenfisch Laterne';
const t0 = new Date('2026-11-27T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const place = { pageLocale: 'de', appUrl: 'http://portal.test' } as const;

describe.each(testDatabaseKinds)('changing the password in the profile on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const addUser = async (email: string, language: 'de' | 'en' | null = null) =>
    addTestUser(open.db, email, { passwordHash: await hashPassword(OLD), confirmedAt: t0, language });
  const session = (userId: string, ip = '10.3.0.1') => startSession(open.db, { userId, ip, userAgent: null }, t0);

  it.skipIf(!enabled)('ends every other session of the person, and only those: the one it was made in stays', async () => {
    const user = await addUser('erika.change@example.com');
    const here = await session(user.id);
    const phone = await session(user.id);
    const laptop = await session(user.id);
    const someoneElse = await addUser('max.change@example.com');
    const theirs = await session(someoneElse.id);

    await changePassword(open.db, { userId: user.id, sessionId: here, passwordHash: await hashPassword(NEW), ip: '10.3.0.1', ...place }, at(1));

    expect(await checkSession(open.db, here, at(2))).toBeDefined();
    expect(await checkSession(open.db, phone, at(2))).toBeUndefined();
    expect(await checkSession(open.db, laptop, at(2))).toBeUndefined();
    expect(await checkSession(open.db, theirs, at(2))).toBeDefined();
    expect((await signInWithPassword(open.db, { email: user.email, password: OLD, ip: '10.3.0.1' }, at(3))).status).toBe('invalid');
    expect((await signInWithPassword(open.db, { email: user.email, password: NEW, ip: '10.3.0.1' }, at(3))).status).toBe('ok');
    expect((await signInWithPassword(open.db, { email: someoneElse.email, password: OLD, ip: '10.3.0.1' }, at(3))).status).toBe('ok');

    const [audit] = await open.db.select().from(auditLog).where(and(eq(auditLog.userId, user.id), eq(auditLog.event, 'password_changed')));
    expect(audit!.details).toEqual({ via: 'profile', sessionsEnded: 2 });
    expect(JSON.stringify(audit)).not.toContain(NEW);
  });

  it.skipIf(!enabled)('sends "Ihr Passwort wurde geändert" in the person’s language, with the time and the reset page', async () => {
    const user = await addUser('erika.notice@example.com', 'en');
    const here = await session(user.id);
    await changePassword(open.db, { userId: user.id, sessionId: here, passwordHash: await hashPassword(NEW), ip: '10.3.0.2', ...place }, t0);
    const mails = await open.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(mails.map((m) => [m.template, m.locale, m.subject])).toEqual([['password-changed', 'en', 'Your password was changed']]);
    // 10:00 UTC is 11:00 in Berlin in November.
    expect(mails[0]!.text).toContain('November 27, 2026 at 11:00 AM (German time)');
    expect(mails[0]!.text).toContain('http://portal.test/en/passwort-vergessen');
  });

  it.skipIf(!enabled)('forgets the failed sign-ins of the address, and reset links asked for before stop working', async () => {
    const user = await addUser('erika.throttle@example.com');
    for (let i = 0; i < 5; i++) await signInWithPassword(open.db, { email: user.email, password: `falsch ${i}`, ip: '10.3.0.3' }, t0);
    expect((await signInWithPassword(open.db, { email: user.email, password: OLD, ip: '10.3.0.3' }, t0)).status).toBe('throttled');
    await sendPasswordResetLink(open.db, { email: user.email, ip: '10.3.0.3', ...place }, t0);
    const [resetMail] = await open.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    const token = /token=([A-Za-z0-9_-]{43})/.exec(resetMail!.html)![1];

    const here = await session(user.id, '10.3.0.3');
    await changePassword(open.db, { userId: user.id, sessionId: here, passwordHash: await hashPassword(NEW), ip: '10.3.0.3', ...place }, t0);
    expect((await signInWithPassword(open.db, { email: user.email, password: NEW, ip: '10.3.0.3' }, t0)).status).toBe('ok');
    expect(await findResetLinkOwner(open.db, token, t0)).toBeUndefined();
  });
});
