import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sql } from 'drizzle-orm';
import type { OpenDatabase } from '@/db';
import { recordConsent } from '@/db/queries/consents';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, postgresTestUrl } from '@/db/testing';
import { TERMS_OF_USE_VERSION } from '@/lib/legal/versions';
import { type FakeResend, startFakeResend } from '@/lib/mail/testing/fake-resend';
import { confirmationMailsPerAddress } from '@/lib/registration/limits';
import { hashPassword } from '@/lib/security/passwords';
import { addTestUser } from '@/lib/testing/fixtures';
import { type CuttableProxy, startCuttableProxy } from './support/cuttable-proxy';
import { NoJsClient, type Timed } from './support/no-js-client';
import { expectNoAxeViolations } from './support/fixtures';
import { acceptTerms, registerUpToTerms, registerWithoutJavaScript } from './support/no-js-registration';
import { startServer, type StartedServer } from './support/start-server';

/*
 * Reliability (issue 11): two production instances of the last build on one fresh PostgreSQL database, reached
 * through a TCP proxy the test can cut, with mail delivered to a local fake of Resend's API (the honest way to get
 * the links: the built-in mailbox is refused on a production server with a database URL's real data). Browsers
 * without JavaScript are played by NoJsClient, which posts React's hidden action fields as a browser would.
 */
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'Kaffeetasse Wolkenkratzer Brise 1984';
const run = randomBytes(3).toString('hex');
let ipSerial = 0;
const nextIp = () => `10.99.${(++ipSerial >> 8) & 255}.${ipSerial & 255}`;

let database: OpenDatabase | undefined;
let proxy: CuttableProxy | undefined;
let resend: FakeResend | undefined;
let servers: StartedServer[] = [];

test.beforeAll(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'with-js', 'starts servers of its own and drives them without a browser: one project is enough');
  test.skip(process.env.E2E_LOCAL_SERVER !== '1', 'needs the local build (BASE_URL points at a deployment)');
  test.skip(!postgresTestUrl, 'needs a PostgreSQL server: set TEST_DATABASE_URL (CI does)');
  test.setTimeout(120_000);
  database = await createTestDatabase('postgres');
  await seedDemoData(database.db);
  const direct = new URL((database.target as { url: string }).url);
  proxy = await startCuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(direct);
  viaProxy.host = `${proxy.host}:${proxy.port}`;
  resend = await startFakeResend();
  const env = {
    DATABASE_URL: viaProxy.toString(),
    // One deployment: both instances open each other's cookies.
    AUTH_SECRET: randomBytes(32).toString('hex'),
    MAIL_TRANSPORT: 'resend',
    RESEND_API_KEY: 're_faults_test',
    EMAIL_FROM: '"Mein ias" <mein-ias@faults.invalid>',
    RESEND_BASE_URL: resend.baseUrl,
    // Each client's own address arrives as a load balancer's entry, so per-IP limits see clients, not the test.
    TRUSTED_PROXY_HOPS: '1',
    MAILBOX_SECRET: undefined,
    E2E_OPERATOR_EMAIL: undefined,
    E2E_OPERATOR_PASSWORD: undefined,
  };
  servers = await Promise.all([startServer({ env }), startServer({ env })]);
});

test.afterAll(async ({}, testInfo) => {
  // What the servers printed, for a failure's report (test-results/…/server-N.log).
  servers.forEach((server, n) => writeFileSync(testInfo.outputPath(`server-${n + 1}.log`), server.output()));
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  await proxy?.close();
  await resend?.close();
  await database?.close();
});

const person = (email: string) => ({ firstName: 'Erika', lastName: 'Mustermann', email, password: PASSWORD });

/** The visible text of a page's main landmark, without scripts. */
function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return (await database!.db.execute(query)) as unknown as T[];
}

/** Waits until every mail to the address left the outbox, then returns the confirmation links Resend received. */
async function confirmationLinks(email: string): Promise<string[]> {
  await expect
    .poll(async () => (await rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox where "to" = ${email} and status = 'pending'`))[0]!.n, {
      timeout: 20_000,
    })
    .toBe(0);
  return resend!.requests
    .filter((request) => request.body.to === email || (Array.isArray(request.body.to) && request.body.to.includes(email)))
    .map((request) => /\/bestaetigen\?token=[\w-]+/.exec(String(request.body.text))?.[0])
    .filter((link): link is string => Boolean(link));
}

/** Opens a confirmation link (path and query) in a browser without JavaScript: returns the page with the button, or the redirect. */
async function openLink(client: NoJsClient, link: string): Promise<Timed> {
  const opened = await client.request(link);
  expect(opened.status).toBe(303);
  return opened.url === '/bestaetigung' ? client.request('/bestaetigung') : opened;
}

test('a registration made on one instance is confirmed and signs in on the other', async () => {
  const [one, two] = servers as [StartedServer, StartedServer];
  const email = `two-instances-${run}@example.com`;
  const done = await registerWithoutJavaScript(new NoJsClient(one.url, nextIp()), person(email));
  expect(mainText(done.body)).toContain('Registrierung erfolgreich');

  const [link] = await confirmationLinks(email);
  expect(link, 'the mail carries a confirmation link').toBeTruthy();
  const browser = new NoJsClient(two.url, nextIp());
  const page = await openLink(browser, link!);
  expect(mainText(page.body)).toContain('Erika Mustermann');
  const confirmed = await browser.submit('/bestaetigung', page.body, {});
  expect(confirmed.url).toBe('/bestaetigt?ergebnis=confirmed');

  const mask = await browser.request('/anmelden');
  expect((await browser.submit('/anmelden', mask.body, { email, password: PASSWORD })).status).toBe(303);
  expect(mainText((await browser.request('/')).body)).toContain('Willkommen, Erika');
  // The session is the database's, not the instance's: the same browser, sent to the first instance.
  expect(mainText((await browser.at(one.url).request('/')).body)).toContain('Willkommen, Erika');
});

test('50 registrations of one address at once across both instances: one answer, the mail cap, one profile', async () => {
  test.setTimeout(180_000);
  const email = `fifty-${run}@example.com`;
  const pages = await Promise.all(
    Array.from({ length: 50 }, (_, i) => registerWithoutJavaScript(new NoJsClient(servers[i % 2]!.url, nextIp()), person(email))),
  );
  const answers = new Set(pages.map((page) => mainText(page.body)));
  expect([...answers]).toHaveLength(1);
  expect([...answers][0]).toContain('Registrierung erfolgreich');

  const links = await confirmationLinks(email);
  expect(links.length).toBeGreaterThanOrEqual(1);
  expect(links.length).toBeLessThanOrEqual(confirmationMailsPerAddress.limit);
  expect(resend!.requests.filter((request) => request.body.to === email)).toHaveLength(links.length);

  // Every link on both instances, opened first and then confirmed all at once.
  const browsers = links.flatMap((link) => servers.map((server) => ({ link, client: new NoJsClient(server.url, nextIp()) })));
  const opened = await Promise.all(browsers.map(async ({ link, client }) => ({ client, page: await openLink(client, link) })));
  const answered = await Promise.all(
    opened
      .filter(({ page }) => page.status === 200)
      .map(({ client, page }) => client.submit('/bestaetigung', page.body, {})),
  );
  expect(answered.map((answer) => answer.url).filter((url) => url === '/bestaetigt?ergebnis=confirmed')).toHaveLength(1);

  const profiles = await rows<{ id: string }>(sql`select id from users where lower(email) = ${email}`);
  expect(profiles).toHaveLength(1);
  const consents = await rows<{ user_id: string; kind: string }>(
    sql`select user_id, kind from consents where user_id not in (select id from users where lower(email) <> ${email})`,
  );
  expect(consents).toEqual([{ user_id: profiles[0]!.id, kind: 'terms_of_use' }]);
  expect(await rows(sql`select id from registrations where email = ${email}`)).toHaveLength(0);
  const events = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where event = 'email_confirmed' and user_id = ${profiles[0]!.id}`);
  expect(events[0]!.n).toBe(1);
});

type Answer = Timed & { path: string; sentAt: number };

/** A client that keeps every answer it gets, to check them all afterwards. */
class RecordingClient extends NoJsClient {
  constructor(
    baseUrl: string,
    private readonly answers: Answer[],
  ) {
    super(baseUrl, nextIp());
  }

  override async request(path: string, init?: { method?: string; body?: FormData }): Promise<Timed> {
    const sentAt = performance.now();
    try {
      const answer = await super.request(path, init);
      this.answers.push({ ...answer, path, sentAt });
      return answer;
    } catch (error) {
      // No answer at all: kept as status 0, which fails the checks.
      this.answers.push({ status: 0, ms: performance.now() - sentAt, url: path, body: String((error as Error).cause ?? error), path, sentAt });
      throw error;
    }
  }
}

const ENGLISH_DEFAULT_ERROR = /Internal Server Error|Application error|server-side exception|This page could not be/;
const STACK_LINE = /^\s+at \S/m;
const lang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

/** A page answered while the database was down: the error page in the language of its address, and nothing else. */
function expectTranslatedError(answer: Timed, locale: 'de' | 'en') {
  expect(lang(answer.body), answer.body.slice(0, 500)).toBe(locale);
  expect(mainText(answer.body)).toContain(locale === 'de' ? 'Etwas ist schiefgelaufen' : 'Something went wrong');
  expect(answer.body).not.toMatch(ENGLISH_DEFAULT_ERROR);
  expect(answer.body).not.toMatch(STACK_LINE);
}

test('PostgreSQL stopped under load: translated error pages while it is down, everything back within 5 s, no half-written rows', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const [one, two] = servers as [StartedServer, StartedServer];
  const email = `signed-in-${run}@example.com`;
  const user = await addTestUser(database!.db, email, { passwordHash: await hashPassword(PASSWORD), confirmedAt: new Date() });
  await recordConsent(database!.db, { userId: user.id, kind: 'terms_of_use', textVersion: TERMS_OF_USE_VERSION, locale: 'de', granted: true });
  const member = new NoJsClient(one.url, nextIp());
  const mask = await member.request('/anmelden');
  expect((await member.submit('/anmelden', mask.body, { email, password: PASSWORD })).status).toBe(303);
  // Someone on the last step of a registration, who presses "Akzeptieren" while the database is down.
  const latecomer = new NoJsClient(two.url, nextIp());
  const lateEmail = `accepted-while-down-${run}@example.com`;
  const terms = await registerUpToTerms(latecomer, person(lateEmail));

  // Load: on each instance two people registering and the signed-in person reading the portal, until stopped.
  const answers: Answer[] = [];
  let stopped = false;
  let serial = 0;
  const load = Promise.all(
    [0, 1, 2, 3].map(async (worker) => {
      const server = servers[worker % 2]!;
      const reader = member.at(server.url);
      while (!stopped) {
        const client = new RecordingClient(server.url, answers);
        await registerWithoutJavaScript(client, person(`load-${run}-${serial++}@example.com`)).catch(() => undefined);
        const path = worker < 2 ? '/' : '/en';
        const sentAt = performance.now();
        // A request that gets no answer at all is kept as status 0, and fails the checks below.
        const answer = await reader.request(path).catch((error: Error) => ({ status: 0, ms: 0, url: path, body: String(error.cause ?? error) }));
        answers.push({ ...answer, path, sentAt });
      }
    }),
  );

  const errorPages: Timed[] = [];
  try {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await proxy!.cut();
    const cutAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 500));

    // While it is down: pages that need it and form posts answer at once, in the language of their address.
    for (const server of servers) {
      const reader = member.at(server.url);
      errorPages.push(await reader.request('/'), await reader.request('/en'));
      expectTranslatedError(errorPages.at(-2)!, 'de');
      expectTranslatedError(errorPages.at(-1)!, 'en');
      const stranger = new NoJsClient(server.url, nextIp());
      const german = await stranger.submit('/anmelden', mask.body, { email, password: PASSWORD });
      expect(mainText(german.body)).toContain('Das hat gerade nicht geklappt');
      const englishMask = await stranger.request('/en/anmelden');
      const english = await stranger.submit('/en/anmelden', englishMask.body, { email, password: PASSWORD });
      expect(mainText(english.body)).toContain('That did not work just now');
      for (const answer of [german, english]) expect(answer.body).not.toMatch(STACK_LINE);
    }
    const refused = await acceptTerms(latecomer, terms);
    expect(mainText(refused.body)).toContain('Das hat gerade nicht geklappt');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, cutAt + 4_000 - performance.now())));
    await proxy!.restore();
    const restoredAt = performance.now();

    // Back: the signed-in portal on both instances within 5 s, the person still signed in.
    for (const server of servers) {
      const reader = member.at(server.url);
      await expect
        .poll(async () => mainText((await reader.request('/')).body), { timeout: 10_000, intervals: [100] })
        .toContain('Willkommen, Erika');
      expect(performance.now() - restoredAt, `${server.url} back after`).toBeLessThan(5_000);
    }
    const recoveredAt = performance.now();
    // "Full recovery within 5 s after it is back" (issue 11): every request sent from then on works. In the first
    // seconds a pooled connection may still be in postgres.js's back-off (at most 1 s, db/index.ts); the load
    // goes on past the mark so the check below has requests to judge.
    const fullyBackAt = restoredAt + 5_000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, fullyBackAt - performance.now())));
    // The entries were kept: "Akzeptieren" again now works.
    expect((await acceptTerms(latecomer, terms)).status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    stopped = true;
    await load;

    const down = answers.filter((answer) => answer.sentAt >= cutAt && answer.sentAt < restoredAt);
    expect(down.length, 'requests were made while the database was down').toBeGreaterThan(0);
    // Failing fast: nobody waits on a database that is not there longer than the connect timeout (10 s, db/index.ts);
    // postgres.js's own back-off had reached 20 s before its cap. Most answers take well under a second; on a busy
    // CI runner one request caught mid-connection took 10.5 s, the connect timeout, once.
    const slowest = Math.max(...down.map((answer) => answer.ms));
    const slow = down.find((answer) => answer.ms === slowest)!;
    expect(slowest, `the slowest answer while the database was down (ms): ${slow.path} ${slow.status}, sent ${Math.round(slow.sentAt - cutAt)} ms after the cut`).toBeLessThan(12_000);
    test.info().annotations.push({
      type: 'outage',
      description: `${answers.length} answers under load, ${down.length} while down (slowest ${Math.round(slowest)} ms); both instances back ${Math.round(recoveredAt - restoredAt)} ms after the database`,
    });
    for (const answer of answers) {
      expect(answer.status, `${answer.path}: ${answer.body}`).not.toBe(0);
      expect(answer.body, `${answer.path} ${answer.status}`).not.toMatch(STACK_LINE);
      expect(answer.body, `${answer.path} ${answer.status}`).not.toMatch(ENGLISH_DEFAULT_ERROR);
      // A page whose layout read the session just before the cut and whose own query failed just after it is Next's
      // empty 500 document without JavaScript (a browser with it renders error.tsx); only answers in flight at
      // the cut itself can be caught so. Those still carry no stack and no English default page (checked above).
      const inFlightAtCut = answer.sentAt < cutAt && answer.sentAt + answer.ms > cutAt;
      if (answer.body.includes('<html') && !inFlightAtCut) {
        expect(lang(answer.body), `${answer.path} ${answer.status}, sent ${Math.round(answer.sentAt - cutAt)} ms after the cut, took ${Math.round(answer.ms)} ms: ${answer.body.slice(0, 300)}`).toBe(answer.path.startsWith('/en') ? 'en' : 'de');
      }
    }
    const after = answers.filter((answer) => answer.sentAt >= fullyBackAt);
    expect(after.length, 'requests were made after the recovery').toBeGreaterThan(0);
    for (const answer of after) {
      expect(answer.status, `${answer.path} after recovery`).toBeLessThan(400);
      expect(mainText(answer.body), `${answer.path} after recovery`).not.toMatch(/Das hat gerade nicht geklappt|Etwas ist schiefgelaufen|Something went wrong/);
    }

    // No half-written rows: every registration has its link, every link its mail, every profile its consent.
    const withoutLink = await rows(sql`select r.id from registrations r where not exists (select 1 from email_tokens t where t.registration_id = r.id)`);
    expect(withoutLink).toEqual([]);
    const linksWithoutMail = await rows(sql`
      select t.email from email_tokens t where t.purpose = 'confirm_email' group by t.email
      having count(*) <> (select count(*) from mail_outbox m where m."to" = t.email and m.template = 'confirm-email')`);
    expect(linksWithoutMail).toEqual([]);
    const withoutConsent = await rows(
      sql`select u.id from users u where not exists (select 1 from consents c where c.user_id = u.id and c.kind = 'terms_of_use')`,
    );
    expect(withoutConsent).toEqual([]);
    expect(await rows(sql`select id from registrations where email = ${lateEmail}`)).toHaveLength(1);

  } finally {
    // Also when a check above failed: the clients stop before the servers do.
    stopped = true;
  }

  // The error page, exactly as the server sent it (its scripts held back, as without JavaScript), passes axe.
  const context = await browser.newContext({ javaScriptEnabled: true, baseURL: one.url });
  try {
    const page = await context.newPage();
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    for (const [path, answer, heading] of [
      ['/', errorPages[0]!, 'Etwas ist schiefgelaufen'],
      ['/en', errorPages[1]!, 'Something went wrong'],
    ] as const) {
      await page.route(`${one.url}${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: answer.body }));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('link', { name: /^(Erneut versuchen|Try again)$/ })).toBeVisible();
      await expectNoAxeViolations(page, path);
    }
  } finally {
    await context.close();
  }
});
