import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { useTestDatabase } from '@/db/test-database-hooks';
import { testDatabaseKinds } from '@/db/testing';
import { resetLimits, sendPasswordResetLink } from '@/lib/auth/password-reset';
import { checkLimits, type LimitCheck } from '@/lib/forms/limits';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { resendConfirmation, resendLimits } from '@/lib/registration/resend-confirmation';
import { acceptInput, addTestUser } from '@/lib/testing/fixtures';

/**
 * Issue 11: reset and resend answer a known and an unknown address with the same page, and the following
 * request's latency does not differ (median within 10 %).
 *
 * Both forms answer after counting their limits; the look-up and the mail are written after the response
 * (writeMailAfterResponse). "The following request" is the next request of the same form, sent the moment the
 * answer came: it meets that work still running. On one database connection (PGlite) it waits for it; on one
 * core it shares the CPU with it. So its latency is timed here as the work after the previous answer plus its own
 * answer (counting the limits of a fresh address and IP), run one after the other: the upper bound an attacker
 * could observe, and the figure least disturbed by a loaded machine.
 *
 * What is compared is the CPU time that sequence costs: this process's (the app's code, and PGlite's database
 * inside it) plus, on the PostgreSQL server, that of this test database's backends (/proc/<pid>/schedstat, in
 * nanoseconds; the server is on this machine, db/testing.ts insists). That is what the work takes away from the
 * following request on a busy core, and unlike wall time it does not swing with whatever else the machine runs:
 * on a shared 2-core machine the wall time of a 5 ms step is mostly the scheduler's doing (it is printed too).
 *
 * Known and unknown samples alternate (ABBA, so a drift hits both alike), each with a fresh address so no
 * sample finds the rows of another; the medians are compared. Should a round land outside by chance, up to two
 * more rounds are pooled with it; a difference that is real stays outside in every round.
 */

const PAIRS = Number(process.env.ENUMERATION_PAIRS ?? 30);
const ROUNDS = 3;
const TOLERANCE = 0.1;
const appUrl = 'http://portal.test';

type Form = {
  name: string;
  /** A known address, made before the clock starts. */
  known: (email: string) => Promise<unknown>;
  after: (email: string, ip: string) => Promise<unknown>;
  limits: (email: string, ip: string) => LimitCheck[];
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Milliseconds of CPU spent so far by this process and, on a server, by the test database's backends. */
async function cpuClock(db: Database, kind: string): Promise<() => number> {
  let backends: number[] = [];
  if (kind === 'postgres') {
    const rows = (await db.execute('select pid from pg_stat_activity where datname = current_database()' as never)) as unknown as { pid: number }[];
    backends = rows.map((row) => row.pid);
  }
  return () => {
    const own = process.cpuUsage();
    const server = backends.reduce((sum, pid) => sum + Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6, 0);
    return (own.user + own.system) / 1000 + server;
  };
}

describe.each(testDatabaseKinds)('enumeration timing on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  let serial = 0;
  const fresh = (label: string) => {
    serial += 1;
    return { email: `timing-${label}-${serial}@example.com`, ip: `10.${serial >> 16}.${(serial >> 8) & 255}.${serial & 255}` };
  };

  const forms: Form[] = [
    {
      name: 'resend (Bestätigungs-E-Mail erneut senden)',
      known: (email) => completeRegistration(open.db, acceptInput(email)),
      after: (email) => resendConfirmation(open.db, { email, pageLocale: 'de', appUrl }),
      limits: resendLimits,
    },
    {
      name: 'reset (Passwort vergessen)',
      known: (email) => addTestUser(open.db, email, { confirmedAt: new Date() }),
      after: (email, ip) => sendPasswordResetLink(open.db, { email, ip, pageLocale: 'de', appUrl }),
      limits: resetLimits,
    },
  ];

  for (const form of forms) {
    // One retry: pooled rounds have landed at 0.90 and 1.10 by chance on a busy runner, while the difference this
    // test exists for (1.3-1.45 before the rehearsal) stays outside in every round of every attempt.
    it.skipIf(!enabled)(`${form.name}: the following request takes as long after a known address as after an unknown one`, { retry: 1 }, async () => {
      const wall: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
      /** From the answer to the following request's answer: CPU milliseconds (wall time kept aside). */
      const following = async (previous: { email: string; ip: string }, record?: 'known' | 'unknown') => {
        const next = fresh('next');
        const cpu = await cpuClock(open.db, kind);
        const start = performance.now();
        const before = cpu();
        await form.after(previous.email, previous.ip);
        await checkLimits(open.db, form.limits(next.email, next.ip));
        const spent = cpu() - before;
        if (record) wall[record].push(performance.now() - start);
        return spent;
      };
      // Warm-up: the first renders, the query plans and the pool's connections are not what the test compares.
      for (let i = 0; i < 10; i++) {
        const known = fresh('known');
        await form.known(known.email);
        await following(known);
        await following(fresh('unknown'));
      }
      const known: number[] = [];
      const unknown: number[] = [];
      let ratio = Number.NaN;
      for (let round = 0; round < ROUNDS; round++) {
        const people = [];
        for (let i = 0; i < PAIRS; i++) {
          const person = fresh('known');
          await form.known(person.email);
          people.push(person);
        }
        for (let i = 0; i < PAIRS; i++) {
          const stranger = fresh('unknown');
          if (i % 2 === 0) {
            known.push(await following(people[i]!, 'known'));
            unknown.push(await following(stranger, 'unknown'));
          } else {
            unknown.push(await following(stranger, 'unknown'));
            known.push(await following(people[i]!, 'known'));
          }
        }
        ratio = median(known) / median(unknown);
        const wallRatio = median(wall.known) / median(wall.unknown);
        console.log(
          `${form.name}, round ${round + 1} (${known.length} pairs): CPU known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms, ` +
            `ratio ${ratio.toFixed(2)}; wall ${median(wall.known).toFixed(1)} / ${median(wall.unknown).toFixed(1)} ms, ratio ${wallRatio.toFixed(2)}`,
        );
        if (Math.abs(ratio - 1) <= TOLERANCE) break;
      }
      expect(ratio, 'median CPU time after a known address ÷ after an unknown one').toBeGreaterThanOrEqual(1 - TOLERANCE);
      expect(ratio).toBeLessThanOrEqual(1 + TOLERANCE);
    });
  }
});
