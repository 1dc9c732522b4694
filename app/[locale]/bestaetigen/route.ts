import { hasLocale } from 'next-intl';
import { getDatabase } from '@/db';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { describeError } from '@/lib/log';

/**
 * The link in the confirmation mail. Confirms (safe to open again), then sends the person on to a page whose
 * address no longer carries the token; neither response leaks the token through the Referer header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const token = new URL(request.url).searchParams.get('token');
  let result: string;
  try {
    result = await confirmEmail(await getDatabase(), token);
  } catch (error) {
    console.error('confirmation failed:', describeError(error));
    result = 'error';
  }
  const target = getPathname({ href: { pathname: '/bestaetigt', query: { ergebnis: result } }, locale });
  return new Response(null, {
    status: 303,
    headers: { Location: target, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' },
  });
}
