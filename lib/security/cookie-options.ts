import { env } from '@/lib/env';

/** Every cookie the portal sets for itself: unreadable by scripts, sent on top-level navigation, HTTPS-only on HTTPS. */
export function privateCookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env().appUrl.startsWith('https://'),
    path: '/',
    maxAge: maxAgeSeconds,
  };
}
