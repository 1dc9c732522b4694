import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { User } from '@/db/schema';
import { currentUser } from '@/lib/auth/session';
import { describeError } from '@/lib/log';
import { routes } from '@/lib/routes';
import { LocaleSwitcher } from './locale-switcher';
import { signOutAction } from './sign-out-action';

/** The signed-in person, null when nobody is, or 'unknown' when the database cannot say (the page says why). */
async function whoIsSignedIn(): Promise<User | null | 'unknown'> {
  try {
    return await currentUser();
  } catch (error) {
    console.error('header could not read the session:', describeError(error));
    return 'unknown';
  }
}

export async function SiteHeader() {
  const [t, tAuth, tConsole, found] = await Promise.all([getTranslations('Header'), getTranslations('Auth'), getTranslations('Console'), whoIsSignedIn()]);
  // Unknown, the header offers neither "Anmelden" (the person may be signed in) nor "Abmelden" (nobody is named).
  const user = found === 'unknown' ? null : found;
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href={routes.home} className="flex items-center gap-2 text-xl font-bold text-brand-800 no-underline" aria-label={t('brandHome')}>
          <span aria-hidden="true" className="inline-block h-8 w-8 rounded-full bg-brand-700" />
          <span>{t('brand')}</span>
        </Link>
        <nav aria-label={t('mainNavigation')} className="flex items-center gap-2 sm:gap-4">
          <LocaleSwitcher />
          {user?.role === 'operator' ? (
            <Link href={routes.console} className="font-semibold text-brand-700 underline">
              {tConsole('headerLink')}
            </Link>
          ) : null}
          {user ? (
            <>
              <Link href={routes.profile} className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold text-brand-700 underline hover:bg-brand-50">
                {tAuth('signedInAs', { firstName: user.firstName })}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="button-secondary">
                  {tAuth('signOut')}
                </button>
              </form>
            </>
          ) : found === 'unknown' ? null : (
            <Link href={routes.signIn} className="button-primary">
              {t('signIn')}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
