import { createHmac } from 'node:crypto';
import { encode } from '@auth/core/jwt';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, type OpenDatabase } from '@/db';
import { findNewestRegistration } from '@/db/queries/registrations';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, testDatabaseKinds } from '@/db/testing';
import { startSession } from '@/lib/auth/sessions';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { createEmailLink } from '@/lib/security/email-links';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';

/**
 * Every route handler of the app (`find app -name route.ts`), called in-process as Next calls it, with random,
 * oversized, Unicode-edge and forged requests: no 5xx, no throw, no stack in the body, no unhandled rejection,
 * and no row written, updated or deleted unless the request carried the one credential that allows a write
 * (the cron secret, a Resend-signed event, a live session). Links opened by GET change nothing, valid or not.
 */

// A production configuration with every secret set (a missing one answers 503 by design: cron-auth.ts).
const secrets = vi.hoisted(() => ({
  cron: 'fuzz-cron-secret-0123456789abcdef',
  mailbox: 'fuzz-mailbox-secret-0123456789abcdef',
  auth: 'fuzz-auth-secret-0123456789abcdef0123456789abcdef',
  webhookKey: 'ZnV6ei13ZWJob29rLWtleS0wMTIzNDU2Nzg5', // base64 of the Svix key bytes
}));
vi.mock('@/lib/env', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/env')>();
  const config = actual.parseEnv({
    NODE_ENV: 'production',
    APP_URL: 'http://portal.test',
    AUTH_SECRET: secrets.auth,
    MAIL_TRANSPORT: 'mailbox',
    MAILBOX_SECRET: secrets.mailbox,
    RESEND_API_KEY: 're_fuzz',
    RESEND_WEBHOOK_SECRET: `whsec_${secrets.webhookKey}`,
    CRON_SECRET: secrets.cron,
  });
  return { ...actual, env: () => config };
});
vi.mock('server-only', () => ({}));
// The request's headers, for the handlers that ask Next for them (the export route, through Auth.js's auth()).
const context = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => context.headers,
  cookies: async () => {
    const pairs = (context.headers.get('cookie') ?? '').split(/;\s*/).map((pair) => pair.split('=') as [string, string?]);
    const all = pairs.filter(([name]) => name).map(([name, value = '']) => ({ name, value }));
    return { get: (name: string) => all.find((c) => c.name === name), getAll: () => all, has: (name: string) => all.some((c) => c.name === name), set: () => {}, delete: () => {} };
  },
}));

const auth = await import('@/app/api/auth/[...nextauth]/route');
const deliverMail = await import('@/app/api/cron/deliver-mail/route');
const purgeUnconfirmed = await import('@/app/api/cron/purge-unconfirmed/route');
const webhook = await import('@/app/api/webhooks/resend/route');
const mailboxJson = await import('@/app/dev/mailbox.json/route');
const recordsJson = await import('@/app/dev/records.json/route');
const exportRoute = await import('@/app/[locale]/(signed-in)/profil/meine-daten/export/route');
const confirmLink = await import('@/app/[locale]/bestaetigen/route');
const emailChangeLink = await import('@/app/[locale]/profil/e-mail-adresse/bestaetigen/route');
const resetLink = await import('@/app/[locale]/passwort-zuruecksetzen/route');

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const SESSION_COOKIE = 'authjs.session-token';

// ---- Hostile pieces ----------------------------------------------------------------------------------------

/** Percent-encodes the UTF-8 of any string (a lone surrogate becomes U+FFFD, as a browser would send it). */
const percent = (text: string) =>
  Array.from(new TextEncoder().encode(text), (b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

/** Any Unicode text, oversized text, and the classics. */
const text = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 6, arbitrary: fc.constantFrom('', ' ', '\u0000', '\uD800', '\uFEFF', '../../etc/passwd', '<script>alert(1)</script>', "' or 1=1 --", 'erika@example.com', 'NaN', '-1', '1e309', '100', 'de', 'en', 'xx') },
  // Up to 18 KB once encoded: Node refuses a request line or headers past 16 KB before any handler runs.
  { weight: 1, arbitrary: fc.nat(3_000).map((n) => 'ä'.repeat(n)) },
);
/** A query-string or path piece: encoded text, or raw bytes that are no UTF-8 at all (%ff, %ed%a0%80, %00). */
const urlPiece = fc.oneof({ weight: 3, arbitrary: text.map(percent) }, fc.uint8Array({ maxLength: 12 }).map((bytes) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('')));
const queryString = (keys: string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), urlPiece), fc.oneof(urlPiece, fc.constant(''))), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

/** A header value as it arrives over HTTP: any Latin-1 byte but the control characters Headers refuses. */
const headerValue = fc.oneof(
  { weight: 20, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
  fc.nat(16_000).map((n) => 'a'.repeat(n)),
);

/** A tagged piece: what it is, and which credential (if any) it really carries. */
type Grant = 'cron' | 'mailbox' | 'session' | 'none';
type Tagged = { value: string; grant: Grant };
const forged = (arb: fc.Arbitrary<string>) => arb.map((value): Tagged => ({ value, grant: 'none' }));

const authorization = (validSession: () => string) =>
  fc.oneof(
    { weight: 3, arbitrary: forged(headerValue) },
    { weight: 3, arbitrary: forged(fc.constantFrom(`Bearer ${secrets.cron}x`, `bearer ${secrets.cron}`, `Bearer  ${secrets.cron}`, `Bearer ${secrets.cron.slice(0, -1)}`, `Bearer ${secrets.mailbox.toUpperCase()}`, 'Bearer', 'Bearer ', `Basic ${Buffer.from(`x:${secrets.cron}`).toString('base64')}`, `Bearer ${secrets.auth}`)) },
    fc.constant<Tagged>({ value: `Bearer ${secrets.cron}`, grant: 'cron' }),
    fc.constant<Tagged>({ value: `Bearer ${secrets.mailbox}`, grant: 'mailbox' }),
    fc.constant(null).map((): Tagged => ({ value: `Bearer ${validSession()}`, grant: 'none' })),
  );

// ---- The world the requests meet ---------------------------------------------------------------------------

type World = {
  db: Database;
  validSession: string;
  staleSessionJwt: string;
  wrongSecretJwt: string;
  tokens: { confirm: string; reset: string; change: string };
  emails: string[];
};

async function makeWorld(db: Database): Promise<World> {
  await seedDemoData(db);
  const user = await addTestUser(db, 'erika.fuzz@example.com', { confirmedAt: new Date() });
  await addTestUser(db, 'max.fuzz@example.org', { confirmedAt: new Date() });
  await completeRegistration(db, acceptInput('pending.fuzz@example.com'));
  const registration = (await findNewestRegistration(db, 'pending.fuzz@example.com'))!;
  const validFor = { ms: 86_400_000, from: new Date() };
  const tokens = {
    confirm: await createEmailLink(db, { owner: { registrationId: registration.id }, email: registration.email, purpose: 'confirm_email', validFor }),
    reset: await createEmailLink(db, { owner: { userId: user.id }, email: user.email, purpose: 'reset_password', validFor }),
    change: await createEmailLink(db, { owner: { userId: user.id }, email: 'erika.neu@example.com', purpose: 'change_email', validFor }),
  };
  const sid = await startSession(db, { userId: user.id, ip: '192.0.2.1', userAgent: null });
  const jwt = (token: object, secret = secrets.auth) => encode({ token, secret, salt: SESSION_COOKIE, maxAge: 8 * 3600 });
  return {
    db,
    validSession: await jwt({ sid }),
    staleSessionJwt: await jwt({ sid: 'no-such-session-0000000000000000000000000' }),
    wrongSecretJwt: await jwt({ sid }, 'another-secret-0123456789abcdef0123456789'),
    tokens,
    emails: ['erika.fuzz@example.com', 'MAX.FUZZ@example.org', 'pending.fuzz@example.com', 'nobody@example.com'],
  };
}

/** Every row written, updated or deleted anywhere in the schema counts one, by triggers the tests add. */
async function countWrites(db: Database): Promise<() => Promise<number>> {
  const statements = [
    'create table fuzz_writes (n bigint not null)',
    'insert into fuzz_writes values (0)',
    'create function fuzz_count_write() returns trigger language plpgsql as $$ begin update fuzz_writes set n = n + 1; return null; end $$',
    `do $$ declare t text; begin
       for t in select tablename from pg_tables where schemaname = 'public' and tablename <> 'fuzz_writes' loop
         execute format('create trigger fuzz_count after insert or update or delete on %I for each row execute function fuzz_count_write()', t);
       end loop;
     end $$`,
  ];
  for (const statement of statements) await db.execute(statement as never);
  return async () => {
    const rows = (await db.execute('select n::int as n from fuzz_writes' as never)) as unknown as { n: number }[] | { rows: { n: number }[] };
    return (Array.isArray(rows) ? rows : rows.rows)[0]!.n;
  };
}

// ---- The requests ------------------------------------------------------------------------------------------

type Forged = { method: string; url: string; headers: [string, Tagged][]; body?: BodyInit; signed?: boolean; bounced?: string[] };

const cookieHeader = (world: () => World) =>
  fc
    .array(
      fc.oneof(
        forged(fc.tuple(urlPiece, urlPiece).map(([n, v]) => `${n}=${v}`)),
        forged(headerValue.map((v) => `${SESSION_COOKIE}=${v}`)),
        fc.constant(null).map((): Tagged => ({ value: `${SESSION_COOKIE}=${world().staleSessionJwt}`, grant: 'none' })),
        fc.constant(null).map((): Tagged => ({ value: `${SESSION_COOKIE}=${world().wrongSecretJwt}`, grant: 'none' })),
        fc.constant(null).map((): Tagged => ({ value: `__Secure-${SESSION_COOKIE}=${world().validSession}`, grant: 'none' })),
        fc.constant(null).map((): Tagged => ({ value: `${SESSION_COOKIE}.0=${world().validSession.slice(0, 40)}`, grant: 'none' })),
        fc.constant(null).map((): Tagged => ({ value: `${SESSION_COOKIE}=${world().validSession}`, grant: 'session' })),
        forged(headerValue.map((v) => `__Host-confirm-link=${v}`)),
      ),
      { maxLength: 3 },
    )
    .map((cookies): Tagged => ({ value: cookies.map((c) => c.value).join('; '), grant: cookies.find((c) => c.grant !== 'none')?.grant ?? 'none' }));

const headerList = (world: () => World) =>
  fc.array(
    fc.oneof(
      fc.tuple(fc.constant('authorization'), authorization(() => world().validSession)),
      fc.tuple(fc.constant('cookie'), cookieHeader(world)),
      fc.tuple(fc.constantFrom('x-forwarded-for', 'x-real-ip', 'x-vercel-forwarded-for', 'forwarded'), forged(fc.oneof(headerValue, fc.array(fc.ipV4(), { maxLength: 40 }).map((ips) => ips.join(', '))))),
      fc.tuple(fc.constantFrom('content-type', 'content-length', 'origin', 'host', 'x-forwarded-host', 'x-forwarded-proto', 'accept-language', 'user-agent', 'next-action', 'svix-id', 'svix-timestamp', 'svix-signature', 'referer', 'x-middleware-subrequest'), forged(headerValue)),
      fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), forged(headerValue)),
    ),
    { maxLength: 6 },
  );

/** A request body of any kind: text, bytes, JSON, a form, a multipart form with a file, or 2 MB of nothing. */
const body = fc.oneof(
  { weight: 12, arbitrary: text },
  { weight: 4, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 4, arbitrary: fc.json() },
  { weight: 4, arbitrary: fc.array(fc.tuple(fc.constantFrom('csrfToken', 'callbackUrl', 'grant', 'redirect', 'json', 'email', 'password'), text), { maxLength: 5 }).map((pairs) => {
    const form = new URLSearchParams();
    for (const [k, v] of pairs) form.append(k, v);
    return form;
  }) },
  { weight: 4, arbitrary: fc.array(fc.tuple(text, text, fc.boolean()), { maxLength: 4 }).map((entries) => {
    const form = new FormData();
    for (const [k, v, file] of entries) form.append(k, file ? new Blob([v]) : v);
    return form;
  }) },
  { weight: 1, arbitrary: fc.nat(2_000_000).map((n) => new Uint8Array(n)) },
);

/** A Resend event, signed as Svix signs (or almost): the addresses may be anything a compromised sender could put. */
const webhookBody = (world: () => World) =>
  fc
    .record({
      event: fc.oneof(
        fc.record({
          type: fc.constantFrom('email.bounced', 'email.suppressed', 'email.delivered', 'email.bounced '),
          data: fc.oneof(
            fc.record({
              to: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...world().emails), text, fc.integer() as fc.Arbitrary<unknown>, fc.constant(null)), { maxLength: 5 }), text as fc.Arbitrary<unknown>),
              bounce: fc.oneof(fc.record({ type: fc.constantFrom('Permanent', 'Transient', 'permanent') }), fc.constant(null)),
            }),
            fc.anything(),
          ),
        }),
        fc.anything(),
      ),
      signing: fc.constantFrom('valid', 'valid', 'wrong-key', 'stale', 'tampered', 'garbage', 'missing'),
      raw: fc.option(text, { nil: undefined }),
    })
    .map(({ event, signing, raw }) => {
      const payload = raw ?? JSON.stringify(event) ?? '';
      const id = `msg_${Math.random().toString(36).slice(2)}`;
      const at = Math.floor(Date.now() / 1000) - (signing === 'stale' ? 3600 : 0);
      const key = signing === 'wrong-key' ? Buffer.from('another-key') : Buffer.from(secrets.webhookKey, 'base64');
      const signature = createHmac('sha256', key).update(`${id}.${at}.${payload}`).digest('base64');
      const headers: [string, Tagged][] =
        signing === 'missing'
          ? []
          : [
              ['svix-id', { value: id, grant: 'none' }],
              ['svix-timestamp', { value: String(at), grant: 'none' }],
              ['svix-signature', { value: signing === 'garbage' ? `v1,${'A'.repeat(44)} v2,x` : `v1,${signature}`, grant: 'none' }],
            ];
      const signed = signing === 'valid';
      const e = event as { type?: unknown; data?: { to?: unknown } };
      const bounced = signed && raw === undefined && Array.isArray(e?.data?.to) ? e.data.to.filter((a): a is string => typeof a === 'string') : [];
      return { headers, body: signing === 'tampered' ? `${payload} ` : payload, signed, bounced };
    });

// ---- The handlers ------------------------------------------------------------------------------------------

type Handler = (request: NextRequest) => Response | Promise<Response>;
type Target = {
  name: string;
  handler: Handler;
  methods: string[];
  path: fc.Arbitrary<string>;
  queryKeys: string[];
  /** The query, when it needs more than random pairs of its keys. */
  query?: fc.Arbitrary<string>;
  /** Which credential lets a request of this handler write (undefined: nothing ever may). */
  writesWith?: Grant | 'signature';
  body?: (world: () => World) => fc.Arbitrary<Pick<Forged, 'headers' | 'body' | 'signed' | 'bounced'>>;
};

const withLocale =
  (route: { GET: (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response> }): Handler =>
  (request) =>
    route.GET(request, { params: Promise.resolve({ locale: decodeSegment(request) }) });
/** The [locale] segment as Next hands it over: whatever the address said (the rewrite makes German the default). */
function decodeSegment(request: Request): string {
  const segment = new URL(request.url).pathname.split('/')[1] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
const localePath = (rest: string) => fc.oneof(fc.constant(`/de${rest}`), fc.constant(`/en${rest}`), urlPiece.map((l) => `/${l || 'x'}${rest}`));
const tokenValue = (world: () => World, which: keyof World['tokens']) =>
  fc.oneof(
    { weight: 3, arbitrary: urlPiece },
    fc.constant(null).map(() => world().tokens[which]),
    fc.constant(null).map(() => world().tokens.confirm),
    fc.constant(null).map(() => `${world().tokens[which].slice(0, -1)}A`),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  );

function targets(world: () => World): Target[] {
  const tokenQuery = (which: keyof World['tokens']) => fc.tuple(tokenValue(world, which), queryString(['token', 'ergebnis'])).map(([t, q]) => `token=${t}&${q}`);
  return [
    {
      name: 'GET/POST /api/auth/[...nextauth]',
      handler: (request) => (request.method === 'POST' ? auth.POST(request) : auth.GET(request)),
      methods: ['GET', 'HEAD', 'POST'],
      path: fc
        .array(fc.oneof(fc.constantFrom('session', 'csrf', 'providers', 'signin', 'signout', 'callback', 'credentials', 'error', 'verify-request', 'webauthn-options', '_log'), urlPiece), { minLength: 1, maxLength: 3 })
        .map((segments) => `/api/auth/${segments.join('/')}`),
      queryKeys: ['callbackUrl', 'error', 'csrf', 'provider'],
      writesWith: 'session',
    },
    { name: 'GET /api/cron/deliver-mail', handler: deliverMail.GET, methods: ['GET', 'HEAD'], path: fc.constant('/api/cron/deliver-mail'), queryKeys: [], writesWith: 'cron' },
    { name: 'GET /api/cron/purge-unconfirmed', handler: purgeUnconfirmed.GET, methods: ['GET', 'HEAD'], path: fc.constant('/api/cron/purge-unconfirmed'), queryKeys: [], writesWith: 'cron' },
    {
      name: 'POST /api/webhooks/resend',
      handler: webhook.POST,
      methods: ['POST'],
      path: fc.constant('/api/webhooks/resend'),
      queryKeys: [],
      writesWith: 'signature',
      body: (w) => fc.oneof(webhookBody(w), body.map((b) => ({ headers: [], body: b }))),
    },
    { name: 'GET /dev/mailbox.json', handler: mailboxJson.GET, methods: ['GET', 'HEAD'], path: fc.constant('/dev/mailbox.json'), queryKeys: ['to', 'limit'] },
    { name: 'GET /dev/records.json', handler: recordsJson.GET, methods: ['GET', 'HEAD'], path: fc.constant('/dev/records.json'), queryKeys: ['email'] },
    { name: 'GET /[locale]/profil/meine-daten/export', handler: withLocale(exportRoute), methods: ['GET', 'HEAD'], path: localePath('/profil/meine-daten/export'), queryKeys: [], writesWith: 'session' },
    // The links in mails: a real, an almost-real or a random token most of the time; valid or not, nothing is written.
    { name: 'GET /[locale]/bestaetigen', handler: withLocale(confirmLink), methods: ['GET', 'HEAD'], path: localePath('/bestaetigen'), queryKeys: ['token'], query: tokenQuery('confirm') },
    { name: 'GET /[locale]/profil/e-mail-adresse/bestaetigen', handler: withLocale(emailChangeLink), methods: ['GET', 'HEAD'], path: localePath('/profil/e-mail-adresse/bestaetigen'), queryKeys: ['token'], query: tokenQuery('change') },
    { name: 'GET /[locale]/passwort-zuruecksetzen', handler: withLocale(resetLink), methods: ['GET', 'HEAD'], path: localePath('/passwort-zuruecksetzen'), queryKeys: ['token'], query: tokenQuery('reset') },
  ];
}

function forgedRequest(target: Target, world: () => World): fc.Arbitrary<Forged> {
  return fc
    .record({
      method: fc.constantFrom(...target.methods),
      path: target.path,
      query: target.query ? fc.oneof(target.query, queryString(target.queryKeys)) : queryString([...target.queryKeys, 'x']),
      headers: headerList(world),
      payload: target.body ? target.body(world) : body.map((b): Pick<Forged, 'headers' | 'body' | 'signed' | 'bounced'> => ({ headers: [], body: b as BodyInit })),
    })
    .map(({ method, path, query, headers, payload }) => ({
      method,
      url: `http://portal.test${path}${query ? `?${query}` : ''}`,
      headers: [...headers, ...payload.headers],
      body: method === 'POST' ? (payload.body as BodyInit) : undefined,
      signed: payload.signed,
      bounced: payload.bounced,
    }));
}

function toRequest(forgedRequest: Forged): NextRequest {
  const headers = new Headers();
  for (const [name, { value }] of forgedRequest.headers) headers.append(name, value);
  return new NextRequest(forgedRequest.url, { method: forgedRequest.method, headers, body: forgedRequest.body });
}

function grantsWrite(target: Target, request: Forged): boolean {
  if (target.writesWith === 'signature') return Boolean(request.signed);
  return Boolean(target.writesWith) && request.headers.some(([, tagged]) => tagged.grant === target.writesWith);
}

// ---- The property ------------------------------------------------------------------------------------------

const STACK = /\n\s+at [^\n]+:\d+:\d+/;

describe.each(testDatabaseKinds)('every route handler, fed random and forged requests, on $label', ({ kind, enabled, label }) => {
  // The full count on PGlite; on the server a twentieth, to see its driver answer the same inputs alike.
  const runs = kind === 'pglite' ? RUNS : Math.max(1, Math.round(RUNS / 20));
  let open: OpenDatabase | undefined;
  let world: World;
  let writes: () => Promise<number>;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const holder = globalThis as { __meinIasDatabase?: { promise?: Promise<OpenDatabase> } };

  beforeAll(async () => {
    if (!enabled) return;
    open = await createTestDatabase(kind);
    world = await makeWorld(open.db);
    writes = await countWrites(open.db);
    // getDatabase() hands every handler this test's database.
    holder.__meinIasDatabase = { promise: Promise.resolve(open) };
    process.on('unhandledRejection', onRejection);
    // Auth.js logs every refused request with its stack, the cron jobs their reports: thousands of lines.
    for (const method of ['error', 'warn', 'log'] as const) vi.spyOn(console, method).mockImplementation(() => {});
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    vi.restoreAllMocks();
    holder.__meinIasDatabase = undefined;
    await open?.close();
  });

  for (const target of targets(() => world)) {
    it.skipIf(!enabled)(`${target.name}: ${runs} runs, never a 5xx, a throw or a stack; writes only with its credential (${label})`, async () => {
      const bounced = new Set<string>();
      // Nothing else writes while the property runs: the count after a passing request is the one before the next.
      let before: number | undefined;
      await fc.assert(
        fc.asyncProperty(forgedRequest(target, () => world), async (forgedOne) => {
          before ??= await writes();
          const previous = before;
          before = undefined;
          const request = toRequest(forgedOne);
          context.headers = request.headers;
          const response = await target.handler(request);
          expect(response.status, 'a clean answer, never a server error').toBeLessThan(500);
          expect(await response.text()).not.toMatch(STACK);
          const after = await writes();
          if (!grantsWrite(target, forgedOne)) expect(after, 'no row written, updated or deleted').toBe(previous);
          before = after;
          for (const address of forgedOne.bounced ?? []) bounced.add(address.toLowerCase());
          await new Promise((resolve) => setImmediate(resolve));
          expect(rejections).toEqual([]);
        }),
        { numRuns: runs, seed: SEED },
      );
      // A verified event marks only the addresses it named, and only existing profiles.
      const marked = (await world.db.execute('select lower(email) as email from users where mail_bounced_at is not null' as never)) as unknown as
        | { email: string }[]
        | { rows: { email: string }[] };
      for (const { email } of Array.isArray(marked) ? marked : marked.rows) expect(bounced.has(email) || target.writesWith !== 'signature').toBe(true);
    }, Math.max(60_000, runs * 30)); // ~2 ms a run on an idle core, ten times that on a machine under load
  }
});
