import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { expiredPrivateCookie, privateCookieName, privateCookieOptions } from './cookie-options';
import { seal, unseal } from './seal';

/**
 * A mail link's token, moved into a sealed, http-only cookie by the route the link opens, so the page that acts
 * on it has no token in its address (nothing to leak through history, logs or a Referer header) and can post
 * its form normally.
 */
export function linkCookie(name: string, maxAgeSeconds: number) {
  const purpose = `link-cookie:${name}`;
  return {
    /** The cookie to set on the route's redirect. */
    carrying: (token: string) => ({
      name: privateCookieName(name),
      value: seal({ token }, env().authSecret, purpose),
      ...privateCookieOptions(maxAgeSeconds),
    }),
    read: async (): Promise<string | undefined> => {
      const sealed = (await cookies()).get(privateCookieName(name))?.value;
      const opened = sealed ? (unseal(sealed, env().authSecret, purpose) as { token?: unknown } | undefined) : undefined;
      return typeof opened?.token === 'string' ? opened.token : undefined;
    },
    discard: async (): Promise<void> => {
      (await cookies()).set(expiredPrivateCookie(name));
    },
  };
}
