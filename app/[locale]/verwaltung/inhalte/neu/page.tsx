import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireOperator } from '@/lib/auth/operator';
import { ConsoleForm } from '../../_components/console-form';
import { consolePaths } from '../../_components/sections';
import { saveContentAction } from '../actions';
import { contentFields } from '../content-fields';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console.content' });
  return { title: t('createTitle') };
}

export default async function NewContentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const t = await getTranslations('Console.content');
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold text-brand-800">{t('createTitle')}</h1>
      <ConsoleForm action={saveContentAction} id="content" className="flex max-w-3xl flex-col gap-4" fields={contentFields(t)} submit={t('createSubmit')} />
      <Link href={consolePaths.content} className="font-semibold text-brand-700 underline">
        {t('backToList')}
      </Link>
    </div>
  );
}
