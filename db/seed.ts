import { inArray, sql } from 'drizzle-orm';
import type { Database } from './index';
import { companies, companyDomains, contentItems, contentTranslations, contentUnlocks } from './schema';
import { seedCompanies, seedContent } from './seed-data';

/** Idempotent: inserts what is missing and refreshes the content texts; never touches users. */
export async function seedDemoData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(companies)
      .values(seedCompanies.map(({ name }) => ({ name })))
      .onConflictDoNothing({ target: companies.name });
    const rows = await tx
      .select({ id: companies.id, name: companies.name })
      .from(companies)
      .where(inArray(companies.name, seedCompanies.map((c) => c.name)));
    const companyId = new Map(rows.map((r) => [r.name, r.id]));
    const idOf = (name: string) => {
      const id = companyId.get(name);
      if (!id) throw new Error(`seed company missing: ${name}`);
      return id;
    };

    await tx
      .insert(companyDomains)
      .values(seedCompanies.flatMap((c) => c.domains.map((domain) => ({ domain, companyId: idOf(c.name) }))))
      .onConflictDoNothing();

    for (const [index, item] of seedContent.entries()) {
      const [row] = await tx
        .insert(contentItems)
        .values({ slug: item.slug, audience: item.audience, sortOrder: index })
        .onConflictDoUpdate({ target: contentItems.slug, set: { audience: item.audience, sortOrder: index } })
        .returning({ id: contentItems.id });
      if (!row) throw new Error(`seed content not written: ${item.slug}`);
      await tx
        .insert(contentTranslations)
        .values([
          { contentId: row.id, locale: 'de', ...item.de },
          { contentId: row.id, locale: 'en', ...item.en },
        ])
        .onConflictDoUpdate({
          target: [contentTranslations.contentId, contentTranslations.locale],
          set: {
            title: sql`excluded.title`,
            summary: sql`excluded.summary`,
            body: sql`excluded.body`,
          },
        });
      await tx
        .insert(contentUnlocks)
        .values(item.companies.map((name) => ({ contentId: row.id, companyId: idOf(name) })))
        .onConflictDoNothing();
    }
  });
}
