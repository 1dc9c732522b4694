import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDatabase } from '@/lib/database';
import { findUnlockedContent } from '@/db/queries/content';
import type { User } from '@/db/schema';
import { Link } from '@/i18n/navigation';
import { currentUser, requireUser } from '@/lib/auth/session';
import { routes } from '@/lib/routes';
import { ContentArticle } from '@/app/_components/content-article';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

/** Metadata and page share one read per request. */
const unlockedItem = cache(async (user: User, slug: string, locale: Locale) =>
  findUnlockedContent(await getDatabase(), user, slug, locale),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const user = await currentUser();
  const item = user ? await unlockedItem(user, slug, locale) : undefined;
  return { title: item?.title, robots: { index: false } };
}

/** One content item; an item not unlocked for the person's company and audience does not exist for them. */
export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const item = await unlockedItem(user, slug, locale);
  if (!item) notFound();
  const t = await getTranslations('Portal');
  return (
    <ContentArticle item={item}>
      <Link href={routes.home} className="button-secondary mt-6">
        {t('backToOverview')}
      </Link>
    </ContentArticle>
  );
}
