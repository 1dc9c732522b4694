import type { NextConfig } from 'next';
import { routing } from './routing';

type Rewrites = Extract<Awaited<ReturnType<NonNullable<NextConfig['rewrites']>>>, { beforeFiles?: unknown }>;
type Redirects = Awaited<ReturnType<NonNullable<NextConfig['redirects']>>>;

const { defaultLocale } = routing;

/**
 * German lives at the root without a prefix, but its pages sit in app/[locale]/: every unprefixed page address
 * is rewritten to /de/… inside Next's router, before the file system is checked (so the intercepting routes of
 * the dialog still apply to the result). Left alone: /en/…, the API, Next's and the host's own /_… paths, and
 * every address with a dot (the icons, /dev/*.json).
 *
 * This used to be next-intl's middleware rewrite. A rewrite from the proxy is resolved against the `-H` host,
 * which Next normalises differently (vercel/next.js#94745), so `next start -H 127.0.0.1` answered every German
 * page with a redirect to itself. A rewrite in next.config.ts never leaves the router.
 */
export function localeRewrites(): Rewrites['beforeFiles'] {
  // Every locale is left out, /de too: Next applies each of these rules in turn to the result of the one before.
  const notOurs = [...routing.locales.map((locale) => `${locale}(?:/|$)`), 'api(?:/|$)', '_', '.*\\.'].join('|');
  return [
    { source: '/', destination: `/${defaultLocale}` },
    { source: `/:path((?!${notOurs}).+)`, destination: `/${defaultLocale}/:path` },
  ];
}

/** /de and /de/… are the same pages as / and /…: one address each, so send people to the unprefixed one. */
export function localeRedirects(): Redirects {
  return [
    { source: `/${defaultLocale}`, destination: '/', permanent: false },
    { source: `/${defaultLocale}/:path*`, destination: '/:path*', permanent: false },
  ];
}
