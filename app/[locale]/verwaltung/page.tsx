import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireOperator } from '@/lib/auth/operator';
import { consoleSections } from './_components/sections';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console' });
  return { title: t('title') };
}

export default async function ConsoleOverviewPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const t = await getTranslations('Console');
  const sections = consoleSections.filter((s) => s.key !== 'overview');
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="max-w-prose">{t('intro')}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map(({ key, href }) => (
          <li key={key} className="rounded-xl border border-brand-100 p-5">
            <h2 className="text-xl font-bold">
              <Link href={href} className="text-brand-700 underline">
                {t(`nav.${key}`)}
              </Link>
            </h2>
            <p className="mt-2">{t(`overview.${key}Text`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
