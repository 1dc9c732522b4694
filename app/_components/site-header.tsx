import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { currentUser } from '@/lib/auth/session';
import { LocaleSwitcher } from './locale-switcher';
import { signOutAction } from './sign-out-action';

export async function SiteHeader() {
  const [t, tAuth, tConsole, user] = await Promise.all([getTranslations('Header'), getTranslations('Auth'), getTranslations('Console'), currentUser()]);
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-brand-800 no-underline" aria-label={t('brandHome')}>
          <span aria-hidden="true" className="inline-block h-8 w-8 rounded-full bg-brand-700" />
          <span>{t('brand')}</span>
        </Link>
        <nav aria-label={t('mainNavigation')} className="flex items-center gap-2 sm:gap-4">
          <LocaleSwitcher />
          {user?.role === 'operator' ? (
            <Link href="/verwaltung" className="font-semibold text-brand-700 underline">
              {tConsole('headerLink')}
            </Link>
          ) : null}
          {user ? (
            <>
              <span className="font-semibold">{tAuth('signedInAs', { firstName: user.firstName })}</span>
              <form action={signOutAction}>
                <button type="submit" className="button-secondary">
                  {tAuth('signOut')}
                </button>
              </form>
            </>
          ) : (
            <Link href="/anmelden" className="button-primary">
              {t('signIn')}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
