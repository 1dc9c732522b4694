import fc from 'fast-check';
import { expect, test } from '@playwright/test';

/**
 * Forged server-action requests over HTTP, against the production server the suite starts: random and unknown
 * `Next-Action` ids, real ids with malformed multipart, forged React fields (`$ACTION_ID_…`, `$ACTION_REF_…`),
 * huge bodies, a foreign Origin, forged forwarding headers. No answer shows a stack trace, and every answer is
 * below 500, except one kind that only Next can fix: forged React encoding (`$ACTION_1:0` or, with a real id in
 * `Next-Action`, a field "0" that is no JSON, references to chunks never sent) makes Next's and React's reply decoder
 * throw ("Unexpected end of JSON input", "Connection closed.") before any code of ours runs; Next answers 500 with
 * a bare digest. Those requests are checked for the stack trace only.
 *
 * A few hundred requests, not ten thousand: what is tested here is Next's own decoding in front of our actions
 * (finding the action, parsing its body, checking the origin), which does not depend on what the fields say, and
 * each request renders a whole page on a 2-core machine. What the fields say is fuzzed 10,000 times per form
 * schema in-process (lib/forms/form-action.fuzz.test.ts). HTTP only, no browser: one project is enough.
 */

const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const STACK = /\n\s+at [^\n]+:\d+:\d+/;

/** The pages whose forms post server actions (signed-in and console pages answer a stranger too). */
const PAGES = [
  '/anmelden',
  '/en/anmelden',
  '/registrieren',
  '/registrieren/angaben',
  '/registrieren/datenschutz',
  '/passwort-vergessen',
  '/passwort-neu',
  '/bestaetigung-erneut-senden',
  '/bestaetigung',
  '/profil/passwort',
  '/profil/loeschen',
  '/verwaltung/firmen',
];

test('forged server-action requests to the form pages never get a 5xx or a stack trace', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'with-js', 'HTTP requests only, no browser: one project is enough');
  test.setTimeout(600_000);
  // Real action ids, as a page without JavaScript carries them in its forms.
  const ids = new Set<string>();
  for (const page of PAGES) {
    const html = await (await request.get(page, { maxRedirects: 0 })).text();
    for (const match of html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"|&quot;id&quot;:&quot;([0-9a-f]+)&quot;/g)) ids.add((match[1] ?? match[2])!);
  }
  expect(ids.size, 'the forms carry action ids').toBeGreaterThan(0);
  const realIds = [...ids];

  const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
  const actionId = fc.oneof(fc.constantFrom(...realIds), hex(40), hex(42), fc.constantFrom('', 'x', '../', '$ACTION_ID_', 'ä', 'a'.repeat(5000)));
  const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 60 });
  const field = fc.tuple(
    fc.oneof(
      actionId.map((id) => `$ACTION_ID_${id}`),
      fc.constantFrom('$ACTION_REF_1', '$ACTION_1:0', '$ACTION_1:1', '$ACTION_KEY', 'email', 'password', 'locale', '1_$ACTION_ID_x', '0'),
      latin1,
    ),
    fc.oneof(latin1, fc.constantFrom('{"id":"x","bound":null}', '["$K1"]', '{"id":"' + 'f'.repeat(42) + '","bound":"$@1"}', '$undefined', '')),
  );

  const forged = fc.record({
    page: fc.constantFrom(...PAGES),
    nextAction: fc.option(actionId, { nil: undefined }),
    origin: fc.option(fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1', 'x'), { nil: undefined }),
    forwarded: fc.option(fc.constantFrom<Record<string, string>>({ 'x-forwarded-host': '' }, { 'x-forwarded-host': 'evil.example' }, { 'x-forwarded-proto': 'A' }, { host: 'a;@b' }), { nil: undefined }),
    fields: fc.array(field, { maxLength: 6 }),
    body: fc.constantFrom('multipart', 'broken-multipart', 'wrong-boundary', 'text-json', 'urlencoded', 'huge', 'none'),
  });

  /** Whether Next's own reply decoder gets to read forged React encoding (see above): a 500 there is Next's. */
  const reactEncoding = (nextAction: string | undefined, fields: [string, string][], body: string) =>
    // With a real id in the header the whole body is React's encoding (field "0" is the root, others references);
    // without, a form's `$ACTION_…` fields are.
    (['text-json', 'multipart', 'urlencoded'].includes(body) && nextAction !== undefined && realIds.includes(nextAction)) ||
    ((body === 'multipart' || body === 'urlencoded') && fields.some(([name]) => /^\$ACTION_(REF_|\d+:|KEY)/.test(name) || (name.startsWith('$ACTION_ID_') && realIds.includes(name.slice(11)))));
  let nextsOwn = 0;

  const problems: string[] = [];
  await fc.assert(
    fc.asyncProperty(forged, async ({ page, nextAction, origin, forwarded, fields, body }) => {
      const headers: Record<string, string> = { accept: 'text/x-component', ...forwarded };
      if (nextAction !== undefined) headers['next-action'] = nextAction;
      if (origin) headers.origin = origin;
      let data: string | Buffer | undefined;
      let multipart: Record<string, string> | undefined;
      const boundary = '----fuzz' + Math.random().toString(16).slice(2);
      if (body === 'multipart') multipart = Object.fromEntries(fields);
      else if (body === 'broken-multipart' || body === 'wrong-boundary') {
        headers['content-type'] = `multipart/form-data; boundary=${body === 'wrong-boundary' ? 'other' : boundary}`;
        data = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${fields[0]?.[0] ?? '$ACTION_ID_'}"\r\n\r\n${fields[0]?.[1] ?? ''}`, 'latin1');
      } else if (body === 'text-json') {
        headers['content-type'] = 'text/plain;charset=UTF-8';
        data = JSON.stringify(fields.map(([, value]) => value));
      } else if (body === 'urlencoded') {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        data = new URLSearchParams(fields).toString();
      } else if (body === 'huge') {
        headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
        data = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\n${'a'.repeat(3_000_000)}\r\n--${boundary}--\r\n`);
      }
      const response = await request.post(page, { headers, data, multipart, maxRedirects: 0, failOnStatusCode: false });
      const text = await response.text();
      const exempt = response.status() >= 500 && !origin && reactEncoding(nextAction, fields, body);
      if (exempt) nextsOwn += 1;
      if ((response.status() >= 500 && !exempt) || STACK.test(text)) {
        problems.push(`${response.status()} for ${JSON.stringify({ page, nextAction: nextAction?.slice(0, 50), origin, forwarded, body, fields: fields.slice(0, 3) })}: ${text.slice(0, 200)}`);
      }
      expect(text, 'no stack trace').not.toMatch(STACK);
      if (!exempt) expect(response.status(), 'a clean answer, never a server error').toBeLessThan(500);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  console.log(`${RUNS} forged requests; ${nextsOwn} answered 500 by Next's own decoder of forged React fields`);
  expect(problems).toEqual([]);
});
