import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Audience, contentItems, contentTranslations, contentUnlocks, type Locale, type User } from '../schema';

export type ContentSummary = { slug: string; title: string; summary: string };
export type ContentPage = ContentSummary & { body: string };

/** Who the person is for the content: everyone, office or not (step 2's first answer), leaders (second). */
export function audiencesOf(user: Pick<User, 'officeWorkplace' | 'disciplinaryReports'>): Audience[] {
  return ['everyone', user.officeWorkplace ? 'office' : 'non_office', ...(user.disciplinaryReports ? (['leaders'] as const) : [])];
}

type Reader = Pick<User, 'companyId' | 'officeWorkplace' | 'disciplinaryReports'>;

/** Only published items unlocked for the reader's own company and meant for one of their audiences. */
function unlockedFor(reader: Reader, locale: Locale) {
  return and(
    eq(contentItems.published, true),
    eq(contentUnlocks.companyId, reader.companyId),
    inArray(contentItems.audience, audiencesOf(reader)),
    eq(contentTranslations.locale, locale),
  );
}

export async function listUnlockedContent(db: Executor, reader: Reader, locale: Locale): Promise<ContentSummary[]> {
  return db
    .select({ slug: contentItems.slug, title: contentTranslations.title, summary: contentTranslations.summary })
    .from(contentItems)
    .innerJoin(contentUnlocks, eq(contentUnlocks.contentId, contentItems.id))
    .innerJoin(contentTranslations, eq(contentTranslations.contentId, contentItems.id))
    .where(unlockedFor(reader, locale))
    .orderBy(asc(contentItems.sortOrder), asc(contentItems.slug));
}

export async function findUnlockedContent(
  db: Executor,
  reader: Reader,
  slug: string,
  locale: Locale,
): Promise<ContentPage | undefined> {
  const [row] = await db
    .select({
      slug: contentItems.slug,
      title: contentTranslations.title,
      summary: contentTranslations.summary,
      body: contentTranslations.body,
    })
    .from(contentItems)
    .innerJoin(contentUnlocks, eq(contentUnlocks.contentId, contentItems.id))
    .innerJoin(contentTranslations, eq(contentTranslations.contentId, contentItems.id))
    .where(and(eq(contentItems.slug, slug), unlockedFor(reader, locale)))
    .limit(1);
  return row;
}
