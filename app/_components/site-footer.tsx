import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ContactLink } from './contact-link';
import { routes } from '@/lib/routes';

export async function SiteFooter() {
  const t = await getTranslations('Footer');
  return (
    <footer className="mt-12 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 sm:px-6">
        <p className="max-w-prose">
          {t.rich('questions', { email: () => <ContactLink /> })}
        </p>
        <nav aria-label={t('legalNavigation')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link className="inline-block py-2 text-brand-700 underline" href={routes.privacy}>
                {t('privacy')}
              </Link>
            </li>
            <li>
              <Link className="inline-block py-2 text-brand-700 underline" href={routes.terms}>
                {t('terms')}
              </Link>
            </li>
            <li>
              <Link className="inline-block py-2 text-brand-700 underline" href={routes.imprint}>
                {t('imprint')}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-muted">{t('copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
