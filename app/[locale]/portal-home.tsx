import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getDatabase } from '@/lib/database';
import { listUnlockedContent } from '@/db/queries/content';
import type { User } from '@/db/schema';
import { Link } from '@/i18n/navigation';
import { routes } from '@/lib/routes';

/** The signed-in start page: a greeting and the content unlocked for the person's company and audiences. */
export async function PortalHome({ user, locale }: { user: User; locale: Locale }) {
  const t = await getTranslations('Portal');
  const items = await listUnlockedContent(await getDatabase(), user, locale);
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="portal-title" className="rounded-2xl bg-brand-50 p-6 sm:p-10">
        <h1 id="portal-title" className="text-3xl font-bold text-brand-800 sm:text-4xl">
          {t('greeting', { firstName: user.firstName })}
        </h1>
        <p className="mt-4 max-w-prose text-lg">{t('lead')}</p>
      </section>
      <section aria-labelledby="content-title">
        <h2 id="content-title" className="text-2xl font-bold">
          {t('contentTitle')}
        </h2>
        {items.length === 0 ? (
          <p className="mt-4">{t('empty')}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {items.map((item) => (
              <li key={item.slug} className="flex flex-col rounded-xl border border-brand-100 p-5">
                <h3 className="text-lg font-semibold text-brand-800">{item.title}</h3>
                <p className="mt-2 flex-1">{item.summary}</p>
                <Link
                  href={`${routes.content}/${item.slug}`}
                  className="mt-4 font-semibold underline"
                  aria-label={t('readMoreLabel', { title: item.title })}
                >
                  {t('readMore')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
