/**
 * Benchmark: do the forms that must not reveal whether an address has a profile take the same time for a known
 * and an unknown address? Runs the real sign-in, reset-request and resend functions (as their actions call them)
 * on a fresh database: in-memory PGlite, or a throw-away database on the local PostgreSQL server when
 * TEST_DATABASE_URL is set. Prints median and 90th percentile per case. Not a test: timings vary by machine.
 *
 *   npm run bench:enumeration            (PGlite)
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:enumeration
 */
import { performance } from 'node:perf_hooks';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, postgresTestUrl } from '@/db/testing';
import { resetLimits, sendPasswordResetLink } from '@/lib/auth/password-reset';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { checkLimits } from '@/lib/forms/limits';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { resendConfirmation, resendLimits } from '@/lib/registration/resend-confirmation';
import { hashPassword } from '@/lib/security/passwords';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const appUrl = 'http://portal.test';
const open = await createTestDatabase(postgresTestUrl ? 'postgres' : 'pglite');
const db = open.db;
await seedDemoData(db);
const passwordHash = await hashPassword('Kaffeetasse Wolkenkratzer Brise');

let serial = 0;
/** Every run gets its own address and IP, so no rate limit is reached and each run does the full work. */
async function person(kind: 'known-confirmed' | 'known-unconfirmed' | 'unknown') {
  serial += 1;
  const email = `bench-${kind}-${serial}@example.com`;
  if (kind === 'known-confirmed') await addTestUser(db, email, { passwordHash, confirmedAt: new Date() });
  if (kind === 'known-unconfirmed') await completeRegistration(db, acceptInput(email, { data: { passwordHash } }));
  return { email, ip: `10.9.${Math.floor(serial / 250)}.${serial % 250}` };
}

async function time(kind: Parameters<typeof person>[0], run: (p: { email: string; ip: string }) => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await person(kind);
    const start = performance.now();
    await run(p);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p90: at(0.9) };
}

// The forms answer after counting their limits; the look-up and the mail run after the response. Both parts are
// timed: the answer, and the work left behind, which slows the next request if it differs.
type Person = { email: string; ip: string };
const cases = [
  {
    form: 'sign-in, wrong password',
    known: (p: Person) => signInWithPassword(db, { ...p, password: 'falsch falsch falsch' }),
    kind: 'known-confirmed' as const,
  },
  { form: 'reset: answer', known: (p: Person) => checkLimits(db, resetLimits(p.email, p.ip)), kind: 'known-confirmed' as const },
  {
    form: 'reset: after the answer',
    known: (p: Person) => sendPasswordResetLink(db, { ...p, pageLocale: 'de', appUrl }),
    kind: 'known-confirmed' as const,
  },
  { form: 'resend: answer', known: (p: Person) => checkLimits(db, resendLimits(p.email, p.ip)), kind: 'known-unconfirmed' as const },
  {
    form: 'resend: after the answer',
    known: (p: Person) => resendConfirmation(db, { email: p.email, pageLocale: 'de', appUrl }),
    kind: 'known-unconfirmed' as const,
  },
];

console.log(`database: ${postgresTestUrl ? 'PostgreSQL server' : 'PGlite (in memory)'}, ${RUNS} runs per case`);
console.log('form                       known median / p90      unknown median / p90    known ÷ unknown');
try {
  for (const c of cases) {
    const known = await time(c.kind, c.known);
    const unknown = await time('unknown', c.known);
    const fmt = (r: { median: number; p90: number }) => `${r.median.toFixed(1).padStart(7)} / ${r.p90.toFixed(1).padStart(6)} ms`;
    console.log(`${c.form.padEnd(26)} ${fmt(known)}    ${fmt(unknown)}    ${(known.median / unknown.median).toFixed(2)}`);
  }
} finally {
  await open.close();
}
