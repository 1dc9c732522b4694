import { hasLocale } from 'next-intl';
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getDatabase } from '@/lib/database';
import { describeError } from '@/lib/log';
import { confirmationLink } from '@/lib/registration/confirm-link-cookie';
import { inspectConfirmationLink } from '@/lib/registration/confirm-email';

/**
 * The link in the confirmation mail. Opening it (GET or HEAD, as mail scanners do) changes nothing: a pending
 * link's token moves into a sealed cookie and the person goes on to /bestaetigung, which shows what would be
 * confirmed and a button that confirms (a POST). Any other link goes straight to the page that explains it.
 * Neither response leaks the token through the Referer header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const token = new URL(request.url).searchParams.get('token');
  let state: string;
  try {
    state = (await inspectConfirmationLink(await getDatabase(), token)).state;
  } catch (error) {
    console.error('confirmation link check failed:', describeError(error));
    state = 'error';
  }
  const target =
    state === 'pending'
      ? getPathname({ href: '/bestaetigung', locale })
      : getPathname({ href: { pathname: '/bestaetigt', query: { ergebnis: state } }, locale });
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: target, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' },
  });
  if (state === 'pending' && token) response.cookies.set(confirmationLink.carrying(token));
  return response;
}
