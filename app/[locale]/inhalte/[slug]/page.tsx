import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDatabase } from '@/db';
import { findUnlockedContent } from '@/db/queries/content';
import { Link } from '@/i18n/navigation';
import { currentUser, requireUser } from '@/lib/auth/session';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const user = await currentUser();
  const item = user ? await findUnlockedContent(await getDatabase(), user, slug, locale) : undefined;
  return { title: item?.title, robots: { index: false } };
}

/** One content item; an item not unlocked for the person's company and audience does not exist for them. */
export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/inhalte/${encodeURIComponent(slug)}`, locale);
  const item = await findUnlockedContent(await getDatabase(), user, slug, locale);
  if (!item) notFound();
  const t = await getTranslations('Portal');
  return (
    <article className="prose-page">
      <h1 className="mb-4 text-3xl font-bold text-brand-800">{item.title}</h1>
      <p className="text-lg font-semibold">{item.summary}</p>
      <p>{item.body}</p>
      <Link href="/" className="button-secondary mt-6">
        {t('backToOverview')}
      </Link>
    </article>
  );
}
