import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireOperator } from '@/lib/auth/operator';
import { PersonSupport } from './person-support';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console.people' });
  return { title: t('title') };
}

/** Support: one person at a time, found by the exact address; no list of people. */
export default async function PeoplePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const t = await getTranslations('Console.people');
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="max-w-prose">{t('intro')}</p>
      <PersonSupport />
    </div>
  );
}
