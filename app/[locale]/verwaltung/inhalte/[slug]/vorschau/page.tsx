import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ContentArticle } from '@/app/_components/content-article';
import { audienceEnum, localeEnum } from '@/db/schema';
import { Link } from '@/i18n/navigation';
import { requireOperator } from '@/lib/auth/operator';
import { getDatabase } from '@/lib/database';
import { contentForEditing, seenBy } from '@/lib/operations/content';
import { consolePaths } from '../../../_components/sections';

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const previewQuery = z.object({
  zielgruppe: z.enum(audienceEnum.enumValues).catch('everyone'),
  sprache: z.enum(localeEnum.enumValues).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console.content' });
  return { title: t('previewTitle') };
}

/** An item as a person of the chosen audience reads it in the chosen language, and whether they see it at all. */
export default async function ContentPreviewPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const item = await contentForEditing(await getDatabase(), decodeURIComponent(slug));
  if (!item) notFound();
  const query = previewQuery.parse(await searchParams);
  const language = query.sprache ?? locale;
  const t = await getTranslations('Console.content');
  const audience = t(`audiences.${query.zielgruppe}`);
  const verdict = !item.published
    ? t('previewUnpublished')
    : seenBy(item.audience, query.zielgruppe)
      ? t('previewSeen', { audience })
      : t('previewNotSeen', { audience });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">
        {t('previewTitle')}: {item[language].title}
      </h1>
      <p className="rounded-md border-2 border-brand-700 p-3 font-semibold">{verdict}</p>
      <section aria-label={t('previewFrame')} lang={language} className="rounded-xl border-2 border-dashed border-brand-100 p-5">
        <ContentArticle item={item[language]} headingLevel={2} />
      </section>
      <Link href={consolePaths.contentItem(item.slug)} className="font-semibold text-brand-700 underline">
        {t('backToItem')}
      </Link>
    </div>
  );
}
