import { hasLocale } from 'next-intl';
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { getDatabase } from '@/lib/database';
import { describeError } from '@/lib/log';
import { inspectEmailChangeLink } from '@/lib/profile/change-email';
import { emailChangeLink } from '@/lib/profile/email-change-link-cookie';
import { routes } from '@/lib/routes';

/**
 * The link in the mail to a new address (outside the signed-in group: it may be opened on a device where nobody
 * is signed in). Opening it (GET or HEAD, as mail scanners do) changes nothing: a pending link's token moves into
 * a sealed cookie and the person goes on to the page whose button confirms (a POST); any other link goes to the
 * same page with the reason. Neither response leaks the token through the Referer header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const token = new URL(request.url).searchParams.get('token');
  let state: string;
  try {
    state = (await inspectEmailChangeLink(await getDatabase(), token)).state;
  } catch (error) {
    console.error('address change link check failed:', describeError(error));
    state = 'error';
  }
  const pathname = routes.profileEmailConfirmation;
  const target = getPathname({ href: state === 'pending' ? pathname : { pathname, query: { ergebnis: state } }, locale });
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: target, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' },
  });
  if (state === 'pending' && token) response.cookies.set(emailChangeLink.carrying(token));
  return response;
}
