import { hasLocale } from 'next-intl';
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { resetLinkCookie } from '@/lib/auth/reset-link-cookie';
import { looksLikeToken } from '@/lib/security/tokens';

/**
 * The link in the reset mail. Uses nothing up (mail scanners open links too): it moves the token into a sealed
 * cookie and sends the person on to /passwort-neu, whose address carries no token. That page checks the link.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const token = new URL(request.url).searchParams.get('token');
  const response = new NextResponse(null, {
    status: 303,
    headers: {
      Location: getPathname({ href: '/passwort-neu', locale }),
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    },
  });
  if (looksLikeToken(token)) response.cookies.set(resetLinkCookie(token));
  return response;
}
