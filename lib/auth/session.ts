import 'server-only';
import { cookies, headers } from 'next/headers';
import type { Locale } from 'next-intl';
import { cache } from 'react';
import { auth } from '@/auth';
import type { User } from '@/db/schema';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { requestedPath } from '@/lib/http/request-path';
import { hasAcceptedCurrentTerms } from '@/lib/profile/consents';
import { routes, withQuery } from '@/lib/routes';
import { sessionById } from './session-by-id';
import type { CurrentSession } from './session-check';

/** Auth.js's session cookie: `__Secure-` prefixed over https, split into `.0`, `.1` … when it grows long. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** This request's session row and its person, read once per request (header and page share it), or null. */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  // Without the cookie there is no session: anonymous pages (registration, the sign-in mask) skip Auth.js's whole
  // round (a Request, key derivation, the cookie's decryption, a response) that the profile showed on every render.
  if (!(await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return null;
  const session = await sessionFromCookie();
  if (!session?.sessionId) return null;
  return (await sessionById(session.sessionId)) ?? null;
});

/** A host as a proxy of ours forwards it: a name or IPv4 address, or an IPv6 literal, with an optional port. */
const HOST = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

/**
 * Auth.js's reading of the cookie. It builds a URL from X-Forwarded-Proto and X-Forwarded-Host (else Host), which
 * any client can send and Next passes on as sent: `X-Forwarded-Host:` (empty), `X-Forwarded-Proto: A` or
 * `Host: ;@x` made it throw, a 500 on every page. No proxy of ours sends such headers: that request is signed out.
 */
async function sessionFromCookie() {
  const sent = await headers();
  const proto = sent.get('x-forwarded-proto') ?? 'https';
  const host = sent.get('x-forwarded-host') ?? sent.get('host') ?? '';
  if (!/^https?:?$/.test(proto) || !HOST.test(host)) return null;
  return auth();
}

/** The signed-in person, or null. */
export async function currentUser(): Promise<User | null> {
  return (await currentSession())?.user ?? null;
}

/** Whether the person's newest terms-of-use row grants today's version (else they are asked again). */
export const acceptedCurrentTerms = cache(async (userId: string): Promise<boolean> => hasAcceptedCurrentTerms(await getDatabase(), userId));

/**
 * Signed-in pages: this request's session, or off to the sign-in mask, which sends the person back to the page
 * asked for afterwards. A person who has not accepted the current terms of use is asked to first
 * (`termsPage: true` on the page that asks; the group's layout knows that page by its path, or it would send the
 * person there again and again).
 */
export async function requireSession(locale: Locale, options: { termsPage?: boolean } = {}): Promise<CurrentSession> {
  const current = await currentSession();
  const path = requestedPath(await headers());
  if (!current) redirectTo(withQuery(routes.signIn, { weiter: path === '/' ? undefined : path }), locale);
  const termsPage = options.termsPage || path.split('?')[0] === routes.acceptTerms;
  if (!termsPage && !(await acceptedCurrentTerms(current.user.id))) {
    redirectTo(withQuery(routes.acceptTerms, { weiter: path === '/' ? undefined : path }), locale);
  }
  return current;
}

/** The signed-in person of a signed-in page (see requireSession). */
export async function requireUser(locale: Locale): Promise<User> {
  return (await requireSession(locale)).user;
}
