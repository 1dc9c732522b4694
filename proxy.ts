import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_HEADER, localeOfPath } from './i18n/locale-of-path';

/**
 * Runs before every page and route handler: the page's locale for next-intl.
 *
 * next-intl's middleware is not used: with German unprefixed it would rewrite /x to /de/x from here, and a
 * rewrite from the proxy breaks `next start -H 127.0.0.1` (see i18n/locale-rewrites.ts). That rewrite now lives
 * in next.config.ts, /de/… is redirected there too, and all that is left for this step is the locale header,
 * taken from the address (no detection, no cookie: routing.ts), so a small step of our own is the clearer code.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Always overwritten, so a client cannot choose the locale a server action answers in.
  headers.set(LOCALE_HEADER, localeOfPath(request.nextUrl.pathname));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything Next renders on request; its build output under /_next is static.
  matcher: '/((?!_next/static|_next/image).*)',
};
