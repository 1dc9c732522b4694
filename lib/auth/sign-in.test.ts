import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenDatabase, openDatabase } from '@/db';
import { auditLog } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, testDatabaseKinds } from '@/db/testing';
import { hashPassword } from '@/lib/security/passwords';
import { signInWithPassword } from './sign-in';
import { delayMinutesAfter, FREE_FAILURES } from './throttle';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';
import { useTestDatabase } from '@/db/test-database-hooks';
import { createCompany, setCompanyActive } from '@/db/queries/companies';
import { addCompanyDomain } from '@/db/queries/company-domains';

const PASSWORD = 'Kaffeetasse Wolkenkratzer Brise';
const t0 = new Date('2026-11-27T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function addUser(open: Pick<OpenDatabase, 'db'>, email: string, confirmed = true) {
  return addTestUser(open.db, email, { passwordHash: await hashPassword(PASSWORD), confirmedAt: confirmed ? t0 : null });
}

/** Thirty wrong passwords at once; each check takes a moment, as argon2id does. Returns how many were checked. */
async function guessAtOnce(instances: Pick<OpenDatabase, 'db'>[], email: string) {
  let checks = 0;
  const verify = async () => {
    checks++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return false;
  };
  const outcomes = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signInWithPassword(instances[i % instances.length]!.db, { email, password: `falsch ${i}`, ip: '10.0.2.1' }, t0, verify),
    ),
  );
  return { checks, statuses: outcomes.map((o) => o.status) };
}

describe.each(testDatabaseKinds)('sign-in on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  it.skipIf(!enabled)('an unknown address and a wrong password get the same answer', async () => {
    await addUser(open, 'erika.same@example.com');
    const unknown = await signInWithPassword(open.db, { email: 'nobody@example.com', password: PASSWORD, ip: '10.0.0.1' }, t0);
    const wrong = await signInWithPassword(open.db, { email: 'erika.same@example.com', password: 'falsch falsch', ip: '10.0.0.1' }, t0);
    expect(unknown).toEqual({ status: 'invalid' });
    expect(wrong).toEqual(unknown);
    const right = await signInWithPassword(open.db, { email: 'Erika.Same@example.com', password: PASSWORD, ip: '10.0.0.1' }, t0);
    expect(right.status).toBe('ok');
  });

  it.skipIf(!enabled)('every attempt is audited with a hashed IP, never the address, the IP or the password', async () => {
    const user = await addUser(open, 'erika.audit@example.com');
    await signInWithPassword(open.db, { email: user.email, password: 'falsch falsch', ip: '192.0.2.7' }, t0);
    await signInWithPassword(open.db, { email: user.email, password: PASSWORD, ip: '192.0.2.7' }, t0);
    const rows = await open.db.select().from(auditLog).where(eq(auditLog.userId, user.id)).orderBy(auditLog.id);
    expect(rows.map((r) => r.event)).toEqual(['sign_in_failed', 'sign_in_succeeded']);
    expect(rows[0]!.ipHash).toBeTruthy();
    expect(rows[1]!.ipHash).toBe(rows[0]!.ipHash);
    const text = JSON.stringify(rows);
    for (const secret of ['erika.audit', '192.0.2.7', PASSWORD, 'falsch']) expect(text).not.toContain(secret);
  });

  it.skipIf(!enabled)('the right password of a registration not yet confirmed asks for the confirmation first', async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await completeRegistration(open.db, acceptInput('erika.unconfirmed@example.org', { data: { passwordHash } }));
    const outcome = await signInWithPassword(open.db, { email: 'erika.unconfirmed@example.org', password: PASSWORD, ip: '10.0.0.2' }, t0);
    expect(outcome).toEqual({ status: 'unconfirmed' });
    const wrong = await signInWithPassword(open.db, { email: 'erika.unconfirmed@example.org', password: 'nicht richtig', ip: '10.0.0.2' }, t0);
    expect(wrong).toEqual({ status: 'invalid' });
  });

  it.skipIf(!enabled)('people of a deactivated company are told so after the right password, and only then', async () => {
    const company = await createCompany(open.db, 'Stillgelegt GmbH');
    await addCompanyDomain(open.db, 'stillgelegt.de', company.id);
    await addUser(open, 'erika@stillgelegt.de');
    const passwordHash = await hashPassword(PASSWORD);
    await completeRegistration(open.db, acceptInput('pending@stillgelegt.de', { data: { passwordHash } }));
    await setCompanyActive(open.db, company.id, false);
    const attempt = (email: string, password: string) => signInWithPassword(open.db, { email, password, ip: '10.0.0.9' }, t0);

    expect(await attempt('erika@stillgelegt.de', PASSWORD)).toEqual({ status: 'company-inactive' });
    expect(await attempt('pending@stillgelegt.de', PASSWORD)).toEqual({ status: 'company-inactive' });
    // Without the password, the answer is the one every wrong password and unknown address gets.
    expect(await attempt('erika@stillgelegt.de', 'falsch falsch')).toEqual({ status: 'invalid' });
    expect(await attempt('nobody@stillgelegt.de', PASSWORD)).toEqual({ status: 'invalid' });
    const events = await open.db.select({ event: auditLog.event }).from(auditLog).where(eq(auditLog.event, 'sign_in_company_inactive'));
    expect(events).toHaveLength(2);

    await setCompanyActive(open.db, company.id, true);
    expect((await attempt('erika@stillgelegt.de', PASSWORD)).status).toBe('ok');
  });

  it.skipIf(!enabled)('after 5 failures even the right password waits, and a success clears the count', async () => {
    const email = 'erika.throttled@example.com';
    await addUser(open, email);
    const attempt = (password: string, seconds: number) => signInWithPassword(open.db, { email, password, ip: '10.0.0.3' }, at(seconds));
    for (let i = 0; i < 5; i++) expect(await attempt('falsch falsch', i)).toEqual({ status: 'invalid' });
    expect(await attempt(PASSWORD, 10)).toEqual({ status: 'throttled', retryAfterSeconds: 54 });
    expect((await attempt(PASSWORD, 65)).status).toBe('ok');
    for (let i = 0; i < 5; i++) expect(await attempt('falsch falsch', 100 + i)).toEqual({ status: 'invalid' });
    expect((await attempt(PASSWORD, 110)).status).toBe('throttled');
  });

  it.skipIf(!enabled)('thirty wrong passwords sent at once reach only five password checks', async () => {
    await addUser(open, 'erika.parallel@example.com');
    const { checks, statuses } = await guessAtOnce([open], 'erika.parallel@example.com');
    expect(checks).toBe(FREE_FAILURES);
    expect(statuses.filter((s) => s === 'invalid')).toHaveLength(FREE_FAILURES);
    expect(statuses.filter((s) => s === 'throttled')).toHaveLength(30 - FREE_FAILURES);
  });
});

/** Two server instances are two connection pools on one database: the counts must be the same for both. */
describe.skipIf(!testDatabaseKinds[1]!.enabled)('sign-in throttling across two instances on the PostgreSQL server', () => {
  let first: OpenDatabase;
  let second: OpenDatabase;
  beforeAll(async () => {
    first = await createTestDatabase('postgres');
    second = await openDatabase(first.target);
    await seedDemoData(first.db);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('failures counted by one instance lock the account on the other, up to the 15-minute lock-out', async () => {
    const email = 'max.shared@example.org';
    await addUser(first, email);
    const on = (open: OpenDatabase, password: string, seconds: number) =>
      signInWithPassword(open.db, { email, password, ip: '10.0.1.1' }, at(seconds));
    // Failures alternate between the instances; each one waits out the delay the previous failure earned.
    let clock = 0;
    for (let i = 1; i <= 10; i++) {
      expect(await on(i % 2 ? first : second, 'falsch falsch', clock)).toEqual({ status: 'invalid' });
      clock += delayMinutesAfter(i) * 60 + 1;
    }
    const afterTenth = clock - (15 * 60 + 1);
    expect(await on(second, PASSWORD, afterTenth + 60)).toEqual({ status: 'throttled', retryAfterSeconds: 14 * 60 });
    expect(await on(first, PASSWORD, afterTenth + 14 * 60)).toEqual({ status: 'throttled', retryAfterSeconds: 60 });
    expect((await on(second, PASSWORD, afterTenth + 15 * 60)).status).toBe('ok');
  });

  it('right and wrong passwords sent at once to two instances all get an answer (no deadlock)', async () => {
    const email = 'max.mixed@example.org';
    await addUser(first, email);
    // Successes refund while failures reserve: both must take the same counters in the same order.
    const verify = async (_hash: string, password: string) => password === PASSWORD;
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        signInWithPassword((i % 2 ? first : second).db, { email, password: i % 4 ? PASSWORD : 'falsch', ip: '10.0.3.1' }, t0, verify),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'ok').length).toBeGreaterThan(0);
  });

  it('thirty wrong passwords sent at once to two instances reach only five password checks', async () => {
    await addUser(first, 'max.parallel@example.org');
    const { checks } = await guessAtOnce([first, second], 'max.parallel@example.org');
    expect(checks).toBe(FREE_FAILURES);
  });
});
