import { hasLocale } from 'next-intl';
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { findResetLinkOwner } from '@/lib/auth/password-reset';
import { resetLink } from '@/lib/auth/reset-link-cookie';
import { getDatabase } from '@/lib/database';
import { describeError } from '@/lib/log';

/**
 * The link in the reset mail. Uses nothing up (mail scanners open links too): a valid token moves into a sealed
 * cookie, and the person goes on to /passwort-neu, whose address carries no token; anything else sets nothing
 * and that page explains the link is no longer valid.
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
  try {
    if (token && (await findResetLinkOwner(await getDatabase(), token))) response.cookies.set(resetLink.carrying(token));
  } catch (error) {
    console.error('reset link check failed:', describeError(error));
  }
  return response;
}
