import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { localeRewrites } from './locale-rewrites';

// Matched with Next's own matcher for custom routes and applied in turn, each to the result of the one before,
// as Next's router applies its beforeFiles rewrites.
const rewrittenTo = (path: string): string | undefined => {
  let current = path;
  for (const rewrite of localeRewrites() ?? []) {
    const params = getPathMatch(rewrite.source, { strict: true, removeUnnamedParams: true })(current);
    if (params) current = rewrite.destination.replace(':path', String(params.path ?? ''));
  }
  return current === path ? undefined : current;
};

describe('German pages at the root', () => {
  it('map every unprefixed page address to the [locale] segment', () => {
    expect(rewrittenTo('/')).toBe('/de');
    expect(rewrittenTo('/registrieren')).toBe('/de/registrieren');
    expect(rewrittenTo('/registrieren/angaben')).toBe('/de/registrieren/angaben');
    expect(rewrittenTo('/dev/mailbox')).toBe('/de/dev/mailbox');
    expect(rewrittenTo('/english')).toBe('/de/english');
    expect(rewrittenTo('/deutsch')).toBe('/de/deutsch');
  });

  it('leave English, the API, Next internals and files alone', () => {
    for (const path of ['/en', '/en/anmelden', '/api', '/api/auth/session', '/_next/static/chunks/a.js', '/_vercel/insights']) {
      expect(rewrittenTo(path), path).toBeUndefined();
    }
    for (const path of ['/favicon.ico', '/icon.svg', '/dev/mailbox.json', '/dev/records.json']) {
      expect(rewrittenTo(path), path).toBeUndefined();
    }
  });
});
