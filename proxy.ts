import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_HEADER, localeOfPath } from './i18n/locale-of-path';
import { PATH_HEADER } from './lib/http/request-path';
import { contentSecurityPolicy, createNonce } from './lib/http/content-security-policy';
import { refuseForgedPost } from './lib/http/forged-post';
import { servedOverHttps, strictTransportSecurity } from './lib/http/security-headers';

/**
 * Runs before every page and route handler: a fresh CSP nonce, and the page's locale for next-intl. A forged POST
 * that Next would answer with a 500 gets a 403 or 400 first (lib/http/forged-post.ts).
 *
 * next-intl's middleware is not used: with German unprefixed it would rewrite /x to /de/x from here, and a
 * rewrite from the proxy breaks `next start -H 127.0.0.1` (see i18n/locale-rewrites.ts). That rewrite now lives
 * in next.config.ts, /de/… is redirected there too, and all that is left for this step is the locale header,
 * taken from the address (no detection, no cookie: routing.ts), so a small step of our own is the clearer code.
 */
export async function proxy(request: NextRequest) {
  const refused = await refuseForgedPost(request);
  if (refused) return refused;
  // Read at run time, not at build time: one build serves every environment.
  const appUrl = process.env.APP_URL;
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === 'development',
    https: servedOverHttps(appUrl),
  });
  const headers = new Headers(request.headers);
  // Next takes the nonce from the request's CSP header and puts it on every script it renders.
  headers.set('Content-Security-Policy', policy);
  // Always overwritten, so a client cannot choose the locale a server action answers in.
  headers.set(LOCALE_HEADER, localeOfPath(request.nextUrl.pathname));
  // The address asked for, for layouts (which Next gives no path): sign-in sends the person back to it.
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`.slice(0, 500));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(appUrl);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Everything Next renders on request; its build output under /_next is static and carries no nonce.
  matcher: '/((?!_next/static|_next/image).*)',
};
