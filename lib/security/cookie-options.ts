import { env } from '@/lib/env';

/**
 * The name of a cookie of ours: `__Host-` prefixed on https, which browsers accept only when it is Secure, for
 * the whole site and set by this host itself, so no subdomain or plain-http page can plant or overwrite it.
 */
export function privateCookieName(name: string, secure = env().secureCookies): string {
  return secure ? `__Host-${name}` : name;
}

/** Every cookie the portal sets for itself: unreadable by scripts, sent on top-level navigation, HTTPS-only on HTTPS. */
export function privateCookieOptions(maxAgeSeconds: number, secure = env().secureCookies) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: maxAgeSeconds,
  };
}

/** Removes a cookie of ours: set again, empty and already expired, with the attributes its prefix demands. */
export function expiredPrivateCookie(name: string) {
  return { name: privateCookieName(name), value: '', ...privateCookieOptions(0) };
}
