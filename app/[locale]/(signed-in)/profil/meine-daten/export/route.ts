import { hasLocale } from 'next-intl';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { currentSession } from '@/lib/auth/session';
import { getDatabase } from '@/lib/database';
import { exportProfileData } from '@/lib/profile/export';
import { routes, withQuery } from '@/lib/routes';
import { clientIp } from '@/lib/security/client-ip';

/**
 * "Meine Daten herunterladen": the export as a JSON file. The group's layout does not guard route handlers, so
 * this one checks the session itself; signed out, the sign-in mask leads back to "Meine Daten". Never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const current = await currentSession();
  const exported = current
    ? await exportProfileData(await getDatabase(), { userId: current.user.id, currentSessionId: current.session.id, ip: clientIp(await headers()) })
    : undefined;
  if (!exported) {
    const signIn = getPathname({ href: withQuery(routes.signIn, { weiter: routes.profileData }), locale });
    return new NextResponse(null, { status: 303, headers: { Location: signIn, 'Cache-Control': 'no-store' } });
  }
  return new NextResponse(exported.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exported.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
