import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { audienceEnum } from '@/db/schema';
import { getPathname, Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { requireOperator } from '@/lib/auth/operator';
import { getDatabase } from '@/lib/database';
import { listCompanies } from '@/lib/operations/companies';
import { contentForEditing } from '@/lib/operations/content';
import { ConsoleForm } from '../../_components/console-form';
import { consolePaths } from '../../_components/sections';
import { contentCompaniesAction, saveContentAction } from '../actions';
import { contentFields } from '../content-fields';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

const itemFor = cache(async (slug: string) => contentForEditing(await getDatabase(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await requireOperator();
  const [t, item] = await Promise.all([getTranslations({ locale, namespace: 'Console.content' }), itemFor(decodeURIComponent(slug))]);
  return { title: item ? t('editTitle', { title: item.de.title }) : undefined };
}

export default async function EditContentPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const item = await itemFor(decodeURIComponent(slug));
  if (!item) notFound();
  const [t, companies] = await Promise.all([getTranslations('Console.content'), getDatabase().then((db) => listCompanies(db))]);
  const title = locale === 'en' ? item.en.title : item.de.title;
  return (
    <div className="flex flex-col gap-10">
      <h1 className="text-3xl font-bold text-brand-800">{t('editTitle', { title })}</h1>

      <ConsoleForm action={saveContentAction} id="content" className="flex max-w-3xl flex-col gap-4" fields={contentFields(t, item)} submit={t('saveSubmit')} />

      <ConsoleForm
        action={contentCompaniesAction}
        id="content-companies"
        title={t('companiesTitle')}
        className="flex max-w-3xl flex-col gap-4 rounded-xl border border-brand-100 p-5"
        fields={[
          { kind: 'hidden', name: 'slug', value: item.slug },
          {
            kind: 'checkboxes',
            name: 'companies',
            legend: t('companiesLegend'),
            options: companies.map((c) => ({
              value: c.id,
              label: c.active ? c.name : t('inactiveCompany', { name: c.name }),
              checked: item.unlockedFor.includes(c.id),
            })),
          },
        ]}
        submit={t('companiesSubmit')}
      />

      <section aria-labelledby="preview-title" className="flex max-w-3xl flex-col gap-4 rounded-xl border border-brand-100 p-5">
        <h2 id="preview-title" className="text-xl font-bold">
          {t('previewTitle')}
        </h2>
        <p>{t('previewIntro')}</p>
        {/* A plain GET form: the preview is a page of its own, with or without JavaScript. */}
        <form method="get" action={getPathname({ href: consolePaths.preview(item.slug), locale })} className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="preview-audience" className="font-semibold">
              {t('previewAudience')}
            </label>
            <select id="preview-audience" name="zielgruppe" className="text-input" defaultValue={item.audience}>
              {audienceEnum.enumValues.map((value) => (
                <option key={value} value={value}>
                  {t(`audiences.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="preview-language" className="font-semibold">
              {t('previewLanguage')}
            </label>
            <select id="preview-language" name="sprache" className="text-input" defaultValue={locale}>
              {routing.locales.map((value) => (
                <option key={value} value={value}>
                  {t(`languages.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="button-secondary">
              {t('previewSubmit')}
            </button>
          </div>
        </form>
      </section>

      <Link href={consolePaths.content} className="font-semibold text-brand-700 underline">
        {t('backToList')}
      </Link>
    </div>
  );
}
