import { httpsOnlyTests, observatory } from '../e2e/support/observatory';
import { startServer } from '../e2e/support/start-server';

/**
 * `npm run observatory`: the MDN HTTP Observatory's verdict on the headers of BASE_URL, or of the last build
 * (`npm run build` first) started here with `next start`. Exits 1 when a test fails that plain http allows.
 */
const server = process.env.BASE_URL ? undefined : await startServer();
const baseUrl = process.env.BASE_URL ?? server!.url;
try {
  const report = observatory(baseUrl);
  const excused = httpsOnlyTests(baseUrl);
  for (const [name, result] of Object.entries(report.tests)) {
    const mark = result.pass ? 'pass' : excused.includes(name) ? 'fail (needs https)' : 'FAIL';
    console.log(`${name.padEnd(32)} ${mark.padEnd(20)} ${String(result.scoreModifier).padStart(4)}  ${result.result}`);
  }
  const { grade, score, testsPassed, testsQuantity } = report.scan;
  console.log(`\n${baseUrl}: ${grade} (${score}/100), ${testsPassed} of ${testsQuantity} tests passed`);
  process.exitCode = Object.entries(report.tests).some(([name, result]) => !result.pass && !excused.includes(name)) ? 1 : 0;
} finally {
  await server?.stop();
}
