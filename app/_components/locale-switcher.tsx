'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/** A plain link to the same page in the other language, so it works without JavaScript. */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'de' ? 'en' : 'de';
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-semibold text-brand-700 underline hover:bg-brand-50"
    >
      <span aria-hidden="true">{t('short')}</span>
      <span className="sr-only">{t('switchTo')}</span>
    </Link>
  );
}
