import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader() {
  const t = await getTranslations('Header');
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-brand-800 no-underline" aria-label={t('brandHome')}>
          <span aria-hidden="true" className="inline-block h-8 w-8 rounded-full bg-brand-700" />
          <span>{t('brand')}</span>
        </Link>
        <nav aria-label={t('mainNavigation')} className="flex items-center gap-2 sm:gap-4">
          <LocaleSwitcher />
          <Link href="/anmelden" className="button-primary">
            {t('signIn')}
          </Link>
        </nav>
      </div>
    </header>
  );
}
