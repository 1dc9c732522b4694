import { expect, test } from '@playwright/test';
import { startServer, type StartedServer } from './support/start-server';

// Each test starts `next start` of its own from the last build, so one project is enough, and only where the
// suite built the app itself (not against BASE_URL).
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'with-js', 'starts servers of its own: one project is enough');
  test.skip(process.env.E2E_LOCAL_SERVER !== '1', 'needs the local build (BASE_URL points at a deployment)');
});

let server: StartedServer | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server!.url}${path}`, { redirect: 'manual', headers });
  const body = await response.text();
  return { status: response.status, headers: response.headers, lang: /<html[^>]*\slang="([^"]+)"/.exec(body)?.[1] };
}

test('next start -H 127.0.0.1 (behind a reverse proxy) serves German and English pages', async () => {
  server = await startServer({ args: ['-H', '127.0.0.1'] });
  for (const [path, lang] of [
    ['/', 'de'],
    ['/registrieren', 'de'],
    ['/en', 'en'],
    ['/en/anmelden', 'en'],
  ] as const) {
    const page = await get(path);
    expect(page.status, `${path}: ${page.headers.get('location')}\n${server.output()}`).toBe(200);
    expect(page.lang, path).toBe(lang);
  }
  // German has one address per page: /de/… sends people to the unprefixed one, on the host they asked.
  const prefixed = await get('/de/impressum?x=1');
  expect(prefixed.status).toBe(307);
  expect(prefixed.headers.get('location')).toBe('/impressum?x=1');
  expect((await get('/de')).headers.get('location')).toBe('/');
});

test('the site icon, the JSON views and the API are not taken for German pages', async () => {
  const mailboxSecret = 'a-mailbox-secret-for-this-test-only-0123456789';
  server = await startServer({ env: { MAILBOX_SECRET: mailboxSecret } });
  const icon = await get('/favicon.ico');
  expect(icon.status).toBe(200);
  expect(icon.headers.get('content-type')).toBe('image/x-icon');
  expect((await get('/icon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  const mailbox = await get('/dev/mailbox.json?limit=1', { Authorization: `Bearer ${mailboxSecret}` });
  expect(mailbox.headers.get('content-type')).toContain('application/json');
  expect((await get('/api/auth/session')).status).toBe(200);
  expect((await get('/gibt-es-nicht')).status).toBe(404);
});

test('HSTS and upgrade-insecure-requests follow APP_URL at run time, not at build time', async () => {
  server = await startServer({ env: { APP_URL: 'https://mein-ias.example' } });
  const secure = await get('/');
  expect(secure.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  await server.stop();

  server = await startServer();
  const plain = await get('/');
  expect(plain.status).toBe(200);
  expect(plain.headers.get('strict-transport-security')).toBeNull();
  expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
});

test('a production start without a safe configuration refuses, with one line naming the variable', async () => {
  const cases: [Record<string, string | undefined>, RegExp][] = [
    [{ MAIL_TRANSPORT: undefined, MAILBOX_SECRET: undefined }, /MAIL_TRANSPORT is required in production/],
    [{ APP_URL: undefined }, /APP_URL is required in production/],
    [{ MAILBOX_SECRET: undefined }, /MAILBOX_SECRET is required with MAIL_TRANSPORT=mailbox in production/],
    [{ VERCEL_ENV: 'production', CRON_SECRET: 'c'.repeat(32) }, /MAIL_TRANSPORT mailbox is refused on Vercel production/],
    [{ AUTH_SECRET: undefined }, /AUTH_SECRET is required in production/],
  ];
  for (const [env, line] of cases) {
    server = await startServer({ env, expectExit: true });
    const output = server.output();
    expect(server.exitCode, output).not.toBe(0);
    const refusal = output.split('\n').find((l) => l.startsWith('Invalid configuration:'));
    expect(refusal, output).toMatch(line);
    // One line, no stack trace, no secret.
    expect(output).not.toMatch(/^\s+at /m);
    await server.stop();
    server = undefined;
  }
});

test('per-IP limits count the connection, not an X-Forwarded-For header the client wrote', async ({ browser }) => {
  test.setTimeout(240_000);
  const resendTwentyOneTimes = async (url: string) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: url });
    try {
      const page = await context.newPage();
      let answer = '';
      for (let i = 0; i < 21; i++) {
        // A different forged address for every request, as someone dodging the limit would send.
        await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${i}` });
        await page.goto('/bestaetigung-erneut-senden');
        await page.getByLabel('Firmen-E-Mail-Adresse').fill(`dodge-${i}@example.com`);
        await page.getByRole('button', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
        answer = (await page.getByRole('main').textContent()) ?? '';
      }
      return answer;
    } finally {
      await context.close();
    }
  };
  // No proxy of ours in front: the 21st request from this one machine is over the limit of 20 an hour.
  server = await startServer();
  expect(await resendTwentyOneTimes(server.url)).toContain('Bitte warten Sie einen Moment');
  await server.stop();
  // Behind one trusted proxy, which appends each client's address: 21 clients, nobody over a limit.
  server = await startServer({ env: { TRUSTED_PROXY_HOPS: '1' } });
  expect(await resendTwentyOneTimes(server.url)).toContain('Vielen Dank. Falls für dodge-20@example.com');
});
