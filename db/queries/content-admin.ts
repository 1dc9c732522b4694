import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Audience, contentItems, contentTranslations, contentUnlocks, type Locale } from '../schema';

export type ContentText = { title: string; summary: string; body: string };
export type ContentItemInput = { slug: string; audience: Audience; published: boolean } & Record<Locale, ContentText>;
export type StoredContentItem = ContentItemInput & { id: string };

/** One item with both translations, as an operator edits it (whatever it is unlocked for). */
export async function findContentItemBySlug(db: Executor, slug: string): Promise<StoredContentItem | undefined> {
  const rows = await db
    .select({ item: contentItems, translation: contentTranslations })
    .from(contentItems)
    .innerJoin(contentTranslations, eq(contentTranslations.contentId, contentItems.id))
    .where(eq(contentItems.slug, slug));
  const first = rows[0];
  const text = (locale: Locale) => {
    const t = rows.find((r) => r.translation.locale === locale)?.translation;
    return { title: t?.title ?? '', summary: t?.summary ?? '', body: t?.body ?? '' };
  };
  if (!first) return undefined;
  const { id, audience, published } = first.item;
  return { id, slug, audience, published, de: text('de'), en: text('en') };
}

/**
 * Writes the item and its two translations by slug: new items go to the end of the list, existing ones keep their
 * place and their unlocks. Several rows: the caller runs it in a transaction.
 */
export async function upsertContentItem(db: Executor, item: ContentItemInput): Promise<string> {
  const [row] = await db
    .insert(contentItems)
    .values({
      slug: item.slug,
      audience: item.audience,
      published: item.published,
      sortOrder: sql`(select coalesce(max(${contentItems.sortOrder}), -1) + 1 from ${contentItems})`,
    })
    .onConflictDoUpdate({ target: contentItems.slug, set: { audience: item.audience, published: item.published } })
    .returning({ id: contentItems.id });
  if (!row) throw new Error(`content item not written: ${item.slug}`);
  await db
    .insert(contentTranslations)
    .values((['de', 'en'] as const).map((locale) => ({ contentId: row.id, locale, ...item[locale] })))
    .onConflictDoUpdate({
      target: [contentTranslations.contentId, contentTranslations.locale],
      set: { title: sql`excluded.title`, summary: sql`excluded.summary`, body: sql`excluded.body` },
    });
  return row.id;
}

/** Returns whether the item was locked for the company before. */
export async function unlockContent(db: Executor, contentId: string, companyId: string): Promise<boolean> {
  const rows = await db
    .insert(contentUnlocks)
    .values({ contentId, companyId })
    .onConflictDoNothing()
    .returning({ contentId: contentUnlocks.contentId });
  return rows.length > 0;
}

/** Returns whether the item was unlocked for the company before. */
export async function lockContent(db: Executor, contentId: string, companyId: string): Promise<boolean> {
  const rows = await db
    .delete(contentUnlocks)
    .where(and(eq(contentUnlocks.contentId, contentId), eq(contentUnlocks.companyId, companyId)))
    .returning({ contentId: contentUnlocks.contentId });
  return rows.length > 0;
}

export type ContentListEntry = { slug: string; audience: Audience; published: boolean; title: string; unlockedFor: string[] };

/** Every item in its German title, with the names of the companies it is unlocked for, in list order. */
export async function listContentItems(db: Executor): Promise<ContentListEntry[]> {
  return db
    .select({
      slug: contentItems.slug,
      audience: contentItems.audience,
      published: contentItems.published,
      // Qualified by hand: Drizzle leaves the columns of a one-table select unqualified, and "id" would be c.id here.
      title: sql<string>`coalesce((select t.title from content_translations t where t.content_id = content_items.id and t.locale = 'de'), '')`,
      unlockedFor: sql<string[]>`coalesce((select array_agg(c.name order by lower(c.name)) from content_unlocks u join companies c on c.id = u.company_id where u.content_id = content_items.id), '{}')`,
    })
    .from(contentItems)
    .orderBy(asc(contentItems.sortOrder), asc(contentItems.slug));
}

/** The ids of the companies the item is unlocked for. */
export async function listUnlockedCompanyIds(db: Executor, contentId: string): Promise<string[]> {
  const rows = await db.select({ companyId: contentUnlocks.companyId }).from(contentUnlocks).where(eq(contentUnlocks.contentId, contentId));
  return rows.map((r) => r.companyId);
}
