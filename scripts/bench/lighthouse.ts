import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { DEBIAN_CHROMIUM_FLAGS } from '../../e2e/support/chromium-flags';
import type { NoJsClient } from '../../e2e/support/no-js-client';

/**
 * Lighthouse 12.2.3 (the last release that runs on Node 20), mobile, its default config, on the pages issue 11
 * names. Targets: performance ≥ 95, accessibility 100, best practices 100, CLS ≤ 0.05. Each page is loaded with
 * the cookies its bench client holds (a draft for steps 2 and 3, a session for the portal home), sent as an extra
 * header, and the client's address as the trusted proxy's entry, as the bench's other requests are.
 *
 * Over http://localhost, best practices cannot see HTTPS or HSTS; Lighthouse treats localhost as a secure
 * context, so its "uses HTTPS" audit passes there. Performance uses Lighthouse's simulated slow 4G and 4× CPU
 * slow-down on top of this machine's own speed: on a busy shared machine its score drops with the load.
 */
const CHROME_FLAGS = ['--headless=new', ...DEBIAN_CHROMIUM_FLAGS];

/** Runs per page (BENCH_LIGHTHOUSE_RUNS); the median one is reported, since a single run varies by several points. */
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

type Chrome = { port: number; close(): void };

/** Chromium with a DevTools port of its own choosing, read from what it prints when it listens. */
async function launchChrome(): Promise<Chrome> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const child = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${output.slice(-500)}`)), 30_000);
    child.stderr.on('data', (data: Buffer) => {
      output += data.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}: ${output.slice(-500)}`)));
  });
  return {
    port,
    close: () => {
      child.kill('SIGTERM');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; cls: number; failing: string[] };

/** One Lighthouse run; the scores as 0–100, CLS as is, and the audits that kept a category below 100. */
export async function runLighthouse(port: number, url: string, headers: Record<string, string>): Promise<LighthouseScores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', extraHeaders: headers });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  // A page that did not paint in time (a starved machine) yields a run without scores, not a score of 0.
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = ['accessibility', 'best-practices']
    .flatMap((id) => categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    failing,
  };
}

/** The markdown section for bench/RESULTS.md: one row per page, each target met or not. */
export async function lighthouseSection(pages: (readonly [string, NoJsClient, string])[], baseUrl: string): Promise<string[]> {
  const chrome = await launchChrome();
  const load = os.loadavg()[0]!;
  const rows: string[] = [];
  try {
    for (const [name, client, pagePath] of pages) {
      const runs: LighthouseScores[] = [];
      for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
        try {
          runs.push(await runLighthouse(chrome.port, new URL(pagePath, baseUrl).toString(), client.browserHeaders()));
        } catch (error) {
          console.log(`lighthouse ${name}: a run failed (${error instanceof Error ? error.message : String(error)}), trying again`);
        }
      }
      if (runs.length === 0) {
        rows.push(`| ${name} (\`${pagePath}\`) | no run succeeded | – | – | – | – |`);
        continue;
      }
      // The run with the median performance score, as Lighthouse's own guidance on variance suggests.
      const s = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
      const mark = (ok: boolean) => (ok ? 'met' : 'not met');
      console.log(`lighthouse ${name}: performance ${s.performance} (runs: ${runs.map((r) => r.performance).join(', ')}), accessibility ${s.accessibility}, best practices ${s.bestPractices}, CLS ${s.cls.toFixed(3)}${s.failing.length ? `; failing: ${s.failing.join(', ')}` : ''}`);
      rows.push(
        `| ${name} (\`${pagePath}\`) | ${s.performance} (${mark(s.performance >= 95)}) | ${s.accessibility} (${mark(s.accessibility === 100)}) | ` +
          `${s.bestPractices} (${mark(s.bestPractices === 100)}) | ${s.cls.toFixed(3)} (${mark(s.cls <= 0.05)}) | ${s.failing.join(', ') || '–'} |`,
      );
    }
  } finally {
    chrome.close();
  }
  return [
    `## Lighthouse 12.2.3, mobile (default config; the median of ${RUNS} runs per page by performance)`,
    '',
    'Targets: performance ≥ 95, accessibility 100, best practices 100, CLS ≤ 0.05. Over http://localhost, which Lighthouse',
    'counts as a secure context; simulated slow 4G and 4× CPU slow-down on top of this machine (a busy machine lowers performance:',
    `the load average was ${load.toFixed(1)} when these runs began).`,
    '',
    '| page | performance | accessibility | best practices | CLS | audits below 100 |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}
