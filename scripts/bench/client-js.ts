import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NoJsClient } from './client';

/**
 * Client JavaScript per page (issue 11): every script the page's HTML makes a browser load, each gzipped, against
 * the blank page of the same build (app/%5Fblank: the root of an App Router page with nothing on it, so the
 * scripts Next sends to any page). Target: each page ≤ 1.1 × blank.
 *
 * `<script nomodule>` (Next's legacy polyfills, ~39 KiB) is left out: every browser that runs modules skips it
 * without downloading it, and it is the same on every page. Chunks a page imports later (the zxcvbn estimator
 * when the password field gets focus, zod with the first keystroke) are not counted: they are not loaded with
 * the page. The scripts are also searched for code that must not be in them.
 */
const UNWANTED: [string, RegExp][] = [
  // zxcvbn-ts's core (an option name minifiers keep) and its common adjacency graphs (a key of the dictionary data).
  ['zxcvbn', /l33tMaxSubstitutions|qwertz:\{/],
  // next-auth/react (SessionProvider, signIn from the browser) keeps its state on window.__NEXTAUTH.
  ['next-auth', /__NEXTAUTH/],
  ['zod', /ZodError/],
];

export type PageJs = { name: string; path: string; kib: number; unwanted: string[] };

export async function pageJavaScript(client: NoJsClient, name: string, pagePath: string, baseUrl: string): Promise<PageJs> {
  const html = (await client.request(pagePath)).body;
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]!))];
  let bytes = 0;
  const unwanted = new Set<string>();
  for (const src of sources) {
    const code = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += gzipSync(code).length;
    const text = code.toString('utf8');
    for (const [label, pattern] of UNWANTED) if (pattern.test(text)) unwanted.add(label);
  }
  return { name, path: pagePath, kib: bytes / 1024, unwanted: [...unwanted] };
}

/**
 * What Next itself puts on every App Router page (`rootMainFiles` of the build manifest: React, the router, the
 * Turbopack runtime), gzipped. A second reference beside the blank page: the blank page also loads the client
 * components of app/not-found.tsx (our header and next-intl), because Next loads the root not-found boundary's
 * code on every route.
 */
export function frameworkKib(distDir = '.next'): number {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  return manifest.rootMainFiles.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file))).length, 0) / 1024;
}

/** The markdown section for bench/RESULTS.md: the blank page first, then each page with its ratio. */
export async function clientJavaScriptSection(pages: (readonly [string, NoJsClient, string])[], visitor: NoJsClient, baseUrl: string): Promise<string[]> {
  const blank = await pageJavaScript(visitor, 'blank page', '/_blank', baseUrl);
  const framework = frameworkKib();
  const rows: string[] = [
    `| Next's own scripts (build manifest \`rootMainFiles\`) | ${framework.toFixed(1)} KiB | ${(framework / blank.kib).toFixed(2)} | 1.00 | – | – |`,
    `| ${blank.name} (\`${blank.path}\`) | ${blank.kib.toFixed(1)} KiB | 1.00 | ${(blank.kib / framework).toFixed(2)} | – | ${blank.unwanted.join(', ') || 'none'} |`,
  ];
  for (const [name, client, pagePath] of pages) {
    const page = await pageJavaScript(client, name, pagePath, baseUrl);
    const ratio = page.kib / blank.kib;
    const clean = !page.unwanted.includes('zxcvbn') && !page.unwanted.includes('next-auth');
    const met = ratio <= 1.1 && clean;
    rows.push(
      `| ${name} (\`${pagePath}\`) | ${page.kib.toFixed(1)} KiB | ${ratio.toFixed(2)} | ${(page.kib / framework).toFixed(2)} | ${met ? 'met' : 'not met'} | ${page.unwanted.join(', ') || 'none'} |`,
    );
  }
  return [
    '## Client JavaScript per page (gzip, every script the page loads; target ≤ 1.1 × the blank page, no zxcvbn or next-auth)',
    '',
    'The blank page (`/_blank`, app/%5Fblank) renders nothing, outside our layout; it still loads the client code of',
    'app/not-found.tsx (header, language switch, next-intl), which Next loads on every route. "Next\'s own" is the',
    'framework alone (React, router, Turbopack runtime), for a stricter comparison.',
    '`<script nomodule>` polyfills are not counted (browsers that run modules skip them); nor are chunks imported on first',
    'use (the password estimator with its dictionaries on focus of a password field, zod with the first keystroke in a form).',
    '',
    '| page | JavaScript | × blank | × Next\'s own | ≤ 1.1 × blank | found in it |',
    '|---|---|---|---|---|---|',
    ...rows,
  ];
}
