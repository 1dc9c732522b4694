/**
 * The portal's own load benchmark (issue 11): a production build on PostgreSQL, driven from this process by
 * clients that act like browsers without JavaScript. Writes bench/RESULTS.md. Not part of `npm test`.
 *
 *   npm run bench                      (BENCH_DATABASE_URL defaults to the local server's `postgres` database;
 *                                       a database `mein_ias_bench_<pid>` is made there and dropped after)
 *   BENCH_SECONDS=30 npm run bench     (longer phases)
 *   BENCH_PROFILE=1 npm run bench      (CPU profiles per phase and a heap snapshot: profile.ts)
 *   BENCH_NODE_OPTIONS=… npm run bench (flags for the server's Node, e.g. a heap limit)
 *   BENCH_LIGHTHOUSE=0 npm run bench   (without the Lighthouse runs, scripts/bench/lighthouse.ts)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import postgres from 'postgres';
import { migrateDatabase, openDatabase } from '@/db';
import { recordConsent } from '@/db/queries/consents';
import { seedDemoData } from '@/db/seed';
import { TERMS_OF_USE_VERSION } from '@/lib/legal/versions';
import { startFakeResend } from '@/lib/mail/testing/fake-resend';
import { addTestUser } from '@/lib/testing/fixtures';
import { hashPassword, verifyPassword } from '@/lib/security/passwords';
import { freePort } from '../../e2e/support/start-server';
import { NoJsClient } from '../../e2e/support/no-js-client';
import { registerWithoutJavaScript } from '../../e2e/support/no-js-registration';
import { clientJavaScriptSection } from './client-js';
import { lighthouseSection } from './lighthouse';
import { closedLoop, fixedRate, type Stats, stats } from './load';
import { ServerProfiler } from './profile';
import { cpuSeconds, memoryMb, startServer } from './server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLIENTS = 16;
/** Extra flags for the server's Node (e.g. `--max-old-space-size=192`), named in RESULTS.md when set. */
const SERVER_NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? '';
const PASSWORD = 'Kaffeetasse Wolkenkratzer Brise 1984';
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// A database of this run's own: another engineer's bench on the same server must not drop it midway.
const DATABASE = `mein_ias_bench_${process.pid}`;
const benchUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

const log = (line: string) => console.log(line);
const ip = (n: number) => `10.77.${(n >> 8) & 255}.${n & 255}`;

async function freshDatabase(users: number): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
  await admin.unsafe(`create database ${DATABASE}`);
  await admin.end();
  const open = await openDatabase({ kind: 'postgres', url: benchUrl, poolMax: 4, prepare: false });
  await migrateDatabase(open);
  await seedDemoData(open.db);
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < users; i++) {
    const user = await addTestUser(open.db, `bench-user-${i}@example.com`, { passwordHash, confirmedAt: new Date() });
    await recordConsent(open.db, { userId: user.id, kind: 'terms_of_use', textVersion: TERMS_OF_USE_VERSION, locale: 'de', granted: true });
  }
  await open.close();
}

/** Bare argon2id verifications per second on one core (this process), the sign-in's floor. */
async function bareVerifications(seconds: number): Promise<number> {
  const hash = await hashPassword(PASSWORD);
  let count = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    await verifyPassword(hash, PASSWORD);
    count++;
  }
  return count / seconds;
}

async function signedInClient(url: string, n: number): Promise<NoJsClient> {
  const client = new NoJsClient(url, ip(n));
  const mask = await client.request('/anmelden');
  const answer = await client.submit('/anmelden', mask.body, { email: `bench-user-${n}@example.com`, password: PASSWORD });
  if (answer.status !== 303) throw new Error(`sign-in answered ${answer.status}`);
  return client;
}

/** One complete registration through all three steps: 7 requests, as a browser without JavaScript makes them. */
async function register(url: string, n: number): Promise<number> {
  const client = new NoJsClient(url, ip(1000 + (n % 50_000)));
  const start = performance.now();
  await registerWithoutJavaScript(client, {
    firstName: 'Erika',
    lastName: 'Mustermann',
    email: `bench-reg-${n}-${randomBytes(3).toString('hex')}@example.com`,
    password: PASSWORD,
  });
  return performance.now() - start;
}

type Row = [string, string, string];
const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const latency = (s: Stats) => `${f(s.p50)} / ${f(s.p95)} / ${f(s.p99)} ms`;

async function main() {
  if (!existsSync('.next/BUILD_ID') || process.env.BENCH_BUILD === '1') {
    log('building (next build)…');
    if (spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }).status !== 0) {
      throw new Error('next build failed');
    }
  }
  log(`database: ${benchUrl}`);
  await freshDatabase(CLIENTS * 4);
  const argon2PerSecond = await bareVerifications(3);
  log(`bare argon2id verifications: ${f(argon2PerSecond, 1)}/s on one core`);

  const fakeResend = await startFakeResend({ kind: 'accept', delayMs: 0 });
  const port = await freePort();
  const profiler = ServerProfiler.fromEnv();
  const profiled = <T>(name: string, run: () => Promise<T>, operations: (result: T) => number) =>
    profiler ? profiler.phase(name, run, operations) : run();
  const server = await startServer(port, {
    ...profiler?.serverOptions().env,
    DATABASE_URL: benchUrl,
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_TRUST_HOST: 'true',
    MAIL_TRANSPORT: 'resend',
    RESEND_API_KEY: 're_bench_key',
    EMAIL_FROM: '"Mein ias" <mein-ias@bench.invalid>',
    RESEND_BASE_URL: fakeResend.baseUrl,
    // The clients' own addresses arrive as one trusted proxy's entry, as behind a load balancer.
    TRUSTED_PROXY_HOPS: '1',
  }, [profiler?.serverOptions().nodeOptions, SERVER_NODE_OPTIONS].filter(Boolean).join(' '));
  profiler?.attach(server.pid);
  const rows: Row[] = [];
  try {
    // Warm-up: every page once, so first-use costs (code loading, dictionaries) are not counted.
    for (let i = 0; i < 3; i++) await register(server.url, 900_000 + i);
    await signedInClient(server.url, CLIENTS * 4 - 1);

    // Sign-ins: each client signs in again and again (the mask, then the POST), with its own accounts and address.
    const cpu = cpuSeconds(server.pid);
    const signIns = await profiled('Sign-ins', () => closedLoop(CLIENTS, SECONDS, async (client, round) => {
      const n = client + CLIENTS * (round % 4);
      const browser = new NoJsClient(server.url, ip(n));
      const mask = await browser.request('/anmelden');
      const answer = await browser.submit('/anmelden', mask.body, { email: `bench-user-${n}@example.com`, password: PASSWORD });
      if (answer.status !== 303) throw new Error(`sign-in answered ${answer.status}`);
      return answer.ms;
    }), (run) => run.samples.length);
    const signInCpuMs = ((cpuSeconds(server.pid) - cpu) * 1000) / signIns.samples.length;
    const signInRate = signIns.samples.length / signIns.seconds;
    const signInStats = stats(signIns.samples);
    log(`sign-ins: ${f(signInRate, 1)}/s, p50/p95/p99 ${latency(signInStats)}, ${f(signInCpuMs, 1)} ms CPU each, ${signIns.failures} failures`);

    // Complete registrations, mail API answering at once, then taking 5 s per mail.
    const registrationPhase = async (delayMs: number) => {
      fakeResend.setMode({ kind: 'accept', delayMs });
      const before = cpuSeconds(server.pid);
      let n = delayMs * 1000;
      const loop = () => closedLoop(CLIENTS, SECONDS, () => register(server.url, n++));
      const run = delayMs === 0 ? await profiled('Registrations', loop, (r) => r.samples.length) : await loop();
      const cpuMs = ((cpuSeconds(server.pid) - before) * 1000) / run.samples.length;
      return { rate: run.samples.length / run.seconds, stats: stats(run.samples), cpuMs, failures: run.failures };
    };
    const fast = await registrationPhase(0);
    log(`registrations (mail API fast): ${f(fast.rate, 1)}/s, p50/p95/p99 ${latency(fast.stats)}, ${f(fast.cpuMs, 1)} ms CPU each, ${fast.failures} failures`);
    const slow = await registrationPhase(5000);
    log(`registrations (mail API 5 s): ${f(slow.rate, 1)}/s, p50/p95/p99 ${latency(slow.stats)}, ${f(slow.cpuMs, 1)} ms CPU each, ${slow.failures} failures`);
    fakeResend.setMode({ kind: 'accept', delayMs: 0 });

    // Page views at 50 requests/s: home, each step (with a draft where the step needs one) and the portal home.
    const stepper = new NoJsClient(server.url, ip(60_000));
    const one = await stepper.request('/registrieren');
    await stepper.submit('/registrieren', one.body, { firstName: 'Erika', lastName: 'Mustermann', email: 'bench-pages@example.com', password: PASSWORD });
    const two = await stepper.request('/registrieren/angaben');
    await stepper.submit('/registrieren/angaben', two.body, { officeWorkplace: 'yes', disciplinaryReports: 'no' });
    const visitor = new NoJsClient(server.url, ip(60_001));
    const member = await signedInClient(server.url, 0);
    const pages: [string, NoJsClient, string][] = [
      ['home', visitor, '/'],
      ['step 1', visitor, '/registrieren'],
      ['step 2', stepper, '/registrieren/angaben'],
      ['step 3', stepper, '/registrieren/datenschutz'],
      ['sign-in mask', visitor, '/anmelden'],
      ['portal home', member, '/'],
    ];
    const pageRows: string[] = [];
    for (const [name, client, path] of pages) {
      const run = await fixedRate(50, Math.max(5, SECONDS / 2), async () => {
        const answer = await client.request(path);
        if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
        return answer.ms;
      });
      const s = stats(run.samples);
      log(`page ${name}: p50/p95/p99 ${latency(s)}, ${run.failures} failures`);
      pageRows.push(`| ${name} (\`${path}\`) | ${latency(s)} | ${s.p95 <= 50 ? 'met' : 'not met'} |`);
    }
    const memory = memoryMb(server.pid);
    log(`server memory: ${f(memory.rss)} MB now, peak ${f(memory.peak)} MB`);
    await profiler?.memory(memory.peak);

    const jsSection = await clientJavaScriptSection([...pages, ['imprint (text page)', visitor, '/impressum'] as const], visitor, server.url);
    const lighthouse = process.env.BENCH_LIGHTHOUSE === '0' ? [] : await lighthouseSection(pages, server.url);

    const cores = os.cpus().length;
    const signInTarget = 0.75 * argon2PerSecond * cores;
    rows.push(
      ['Sign-ins/s', `${f(signInRate, 1)} (${f(signInRate / cores, 1)} per vCPU)`, `≥ ${f(signInTarget, 1)} (0.75 × ${f(argon2PerSecond, 1)} × ${cores}): ${signInRate >= signInTarget ? 'met' : 'not met'}`],
      ['Sign-in p50 / p95 / p99', latency(signInStats), `p95 ≤ 250 ms: ${signInStats.p95 <= 250 ? 'met' : 'not met'}`],
      ['Server CPU per sign-in', `${f(signInCpuMs, 1)} ms`, '–'],
      ['Registrations/s (mail API fast)', `${f(fast.rate, 1)} (${f(fast.rate / cores, 1)} per vCPU)`, `≥ 15 per vCPU: ${fast.rate / cores >= 15 ? 'met' : 'not met'}`],
      ['Server CPU per registration', `${f(fast.cpuMs, 1)} ms`, `≤ 60 ms: ${fast.cpuMs <= 60 ? 'met' : 'not met'}`],
      ['Registration p50 / p95 / p99 (7 requests)', latency(fast.stats), '–'],
      ['… with the mail API taking 5 s', latency(slow.stats), `p95 unchanged: ${slow.stats.p95 <= fast.stats.p95 * 1.2 ? 'met' : 'not met'} (within 20 %)`],
      ['Peak RSS of the server', `${f(memory.peak)} MB`, `≤ 350 MB: ${memory.peak <= 350 ? 'met' : 'not met'}`],
    );
    const versions = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };
    const v = (name: string) => versions.packages[`node_modules/${name}`]?.version ?? '?';
    const pgVersion = await (async () => {
      const sql = postgres(adminUrl, { max: 1 });
      const [row] = await sql`show server_version`;
      await sql.end();
      return String(row!.server_version);
    })();
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/RESULTS.md',
      [
        '# Benchmark results',
        '',
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` (scripts/bench/run.ts): a production build`,
        `(\`next start\`) on PostgreSQL ${pgVersion}, ${CLIENTS} concurrent clients acting as browsers without JavaScript, ${SECONDS} s per phase.`,
        `Machine: ${cores} × ${os.cpus()[0]?.model ?? '?'}, ${f(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
        `Versions: next ${v('next')}, react ${v('react')}, next-auth ${v('next-auth')}, drizzle-orm ${v('drizzle-orm')}, postgres ${v('postgres')}, @node-rs/argon2 ${v('@node-rs/argon2')}.`,
        ...(SERVER_NODE_OPTIONS ? [`Server started with NODE_OPTIONS=${SERVER_NODE_OPTIONS}.`] : []),
        `Load average when the run ended: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work on the machine skews every figure).`,
        '',
        `Bare argon2id verifications (OWASP parameters, one core, this process): **${f(argon2PerSecond, 1)}/s**.`,
        '',
        '| figure | measured | target |',
        '|---|---|---|',
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
        '## Page views at 50 requests/s (p50 / p95 / p99; target p95 ≤ 50 ms)',
        '',
        '| page | latency | p95 ≤ 50 ms |',
        '|---|---|---|',
        ...pageRows,
        '',
        ...jsSection,
        '',
        ...lighthouse,
        '## Published anchors',
        '',
        `Keycloak 26 sizes 15 password sign-ins/s per vCPU and 1250 MB per pod; this run: ${f(signInRate / cores, 1)} sign-ins/s per vCPU, ${f(memory.peak)} MB peak.`,
        '',
        'Reproduce: `npm run bench` (set `BENCH_DATABASE_URL` to an admin URL of another PostgreSQL server).',
        '',
        ...(profiler?.markdown() ?? []),
      ].join('\n'),
    );
    log('wrote bench/RESULTS.md');
  } finally {
    await server.stop();
    await fakeResend.close();
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
