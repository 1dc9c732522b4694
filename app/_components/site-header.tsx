import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { currentUser } from '@/lib/auth/session';
import { routes } from '@/lib/routes';
import { LocaleSwitcher } from './locale-switcher';
import { signOutAction } from './sign-out-action';

export async function SiteHeader() {
  const [t, tAuth, tConsole, user] = await Promise.all([getTranslations('Header'), getTranslations('Auth'), getTranslations('Console'), currentUser()]);
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
          ) : (
            <Link href={routes.signIn} className="button-primary">
              {t('signIn')}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
