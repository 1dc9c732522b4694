'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { consoleSections } from './sections';

/** The console's sections; the one showing (or containing the page showing) is marked as the current one. */
export function ConsoleNav() {
  const t = useTranslations('Console');
  const pathname = usePathname();
  const current = (href: string) => (href === '/verwaltung' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={t('navLabel')}>
      <ul className="flex flex-wrap gap-2">
        {consoleSections.map(({ key, href }) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={current(href) ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded-md px-4 font-semibold text-brand-700 underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:no-underline"
            >
              {t(`nav.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
