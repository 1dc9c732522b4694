/**
 * Benchmark: the server-side cost of the password-strength check (lib/validation/password-strength.ts) for the
 * inputs that cost most, up to the 128 characters a password may have. Prints the median and the worst of 9
 * runs per input; the goal is ≤ 10 ms for any input. Not a test: timings vary by machine.
 *
 *   npm run bench:password-strength
 */
import { performance } from 'node:perf_hooks';
import { loadPasswordScore } from '@/lib/validation/password-strength';

const hints = ['Erika', 'Mustermann', 'erika.mustermann@example.com'];
const inputs = [
  'aA1!'.repeat(32),
  '1234567890'.repeat(13).slice(0, 128),
  'a'.repeat(128),
  'abcabcabcabc'.repeat(11).slice(0, 128),
  'qwertzuiopü'.repeat(12).slice(0, 128),
  'P@55w0rd!'.repeat(15).slice(0, 128),
  '!1lI|'.repeat(26).slice(0, 128),
  'aA1!bB2@cC3#'.repeat(11).slice(0, 128),
  '4@3€1!0()5$7+'.repeat(10).slice(0, 128),
  '19841984'.repeat(16),
  'ErikaMustermann'.repeat(9).slice(0, 128),
  'Kaffeetasse Wolkenkratzer Brise Laterne Tintenfisch Regenschirm',
  'Erika Kaffeetasse Mustermann Brise 1984',
];

const started = performance.now();
const passwordScore = await loadPasswordScore();
console.log(`first use (builds the merged dictionary): ${(performance.now() - started).toFixed(0)} ms`);

let worst = 0;
for (const password of inputs) {
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    passwordScore(password, hints);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  worst = Math.max(worst, runs[4]!);
  console.log(`${JSON.stringify(password.slice(0, 24)).padEnd(30)} ${String(password.length).padStart(3)} chars  median ${runs[4]!.toFixed(1).padStart(5)} ms  max ${runs[8]!.toFixed(1).padStart(5)} ms`);
}
console.log(`worst median: ${worst.toFixed(1)} ms (goal ≤ 10 ms)`);
