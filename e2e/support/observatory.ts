import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ObservatoryTest = { pass: boolean; result: string; scoreModifier: number };
export type ObservatoryReport = {
  scan: { grade: string; score: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, ObservatoryTest>;
};

const packageDir = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));

/**
 * The scanner reads Chromium's HSTS preload list, which its install script downloads; installed offline and
 * with --ignore-scripts there is none. No local or preview address is on that list, so an empty one gives the
 * same verdict.
 */
function ensurePreloadList() {
  const file = path.join(packageDir, 'conf', 'hsts-preload.json');
  if (!existsSync(file)) writeFileSync(file, '{}\n');
}

/** Scans the root page of `baseUrl` with the MDN HTTP Observatory (@mdn/mdn-http-observatory), offline. */
export function observatory(baseUrl: string): ObservatoryReport {
  ensurePreloadList();
  // Its CLI takes a host name; with a port it scans http://host:port (and fails fast on https://host:port).
  const run = spawnSync(process.execPath, [path.join(packageDir, 'src', 'scan.js'), new URL(baseUrl).host], {
    encoding: 'utf8',
    timeout: 90_000,
    // Its 10-second limit per request is tight for a freshly started server on a busy 2-core runner.
    env: { ...process.env, ABORT_TIMEOUT: '30000', CLIENT_TIMEOUT: '30000' },
  });
  const report = JSON.parse(run.stdout || '{}') as ObservatoryReport & { error?: string };
  if (run.status !== 0 || report.error || !report.scan) {
    throw new Error(`observatory scan of ${baseUrl} failed: ${report.error ?? run.stderr}`);
  }
  return report;
}

/** The tests that cannot pass over plain http: they want an https redirect and HSTS. */
export function httpsOnlyTests(baseUrl: string): string[] {
  return baseUrl.startsWith('http://') ? ['redirection', 'strict-transport-security'] : [];
}
