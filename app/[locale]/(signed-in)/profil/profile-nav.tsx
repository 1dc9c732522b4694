'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routes } from '@/lib/routes';

const sections = [
  ['details', routes.profile],
  ['password', routes.profilePassword],
  ['email', routes.profileEmail],
  ['consents', routes.profileConsents],
  ['sessions', routes.profileSessions],
  ['data', routes.profileData],
  ['delete', routes.profileDelete],
] as const;

/** The profile's sections as plain links (they work without JavaScript); the open one is marked for everyone. */
export function ProfileNav({ label }: { label: string }) {
  const t = useTranslations('ProfileNav');
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="md:w-56 md:shrink-0">
      <ul className="flex flex-wrap gap-2 md:flex-col">
        {sections.map(([key, href]) => {
          const current = pathname === href;
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 font-semibold underline-offset-4 ${
                  current ? 'bg-brand-700 text-white' : 'text-brand-700 underline hover:bg-brand-50'
                }`}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
