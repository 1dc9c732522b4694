import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, companyDomains, consents, contentItems, contentUnlocks, users } from './schema';
import { seedDemoData } from './seed';
import { seedContent } from './seed-data';
import { testDatabaseKinds } from './testing';
import { useTestDatabase } from '@/db/test-database-hooks';

describe.each(testDatabaseKinds)('database on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled, { seed: false });

  it.skipIf(!enabled)('the committed migrations build the schema and the seed can run twice without duplicates', async () => {
    await seedDemoData(open.db);
    await seedDemoData(open.db);
    const [companyCount] = await open.db.select({ n: count() }).from(companies);
    const [itemCount] = await open.db.select({ n: count() }).from(contentItems);
    expect(companyCount?.n).toBe(2);
    expect(itemCount?.n).toBe(seedContent.length);
    const domains = await open.db.select().from(companyDomains).orderBy(companyDomains.domain);
    expect(domains.map((d) => d.domain)).toEqual(['example.com', 'example.org']);
  });

  it.skipIf(!enabled)('some content is unlocked for one company only', async () => {
    const rows = await open.db
      .select({ slug: contentItems.slug, company: companies.name })
      .from(contentUnlocks)
      .innerJoin(contentItems, eq(contentItems.id, contentUnlocks.contentId))
      .innerJoin(companies, eq(companies.id, contentUnlocks.companyId));
    const beispiel = new Set(rows.filter((r) => r.company === 'Beispiel GmbH').map((r) => r.slug));
    const muster = new Set(rows.filter((r) => r.company === 'Muster AG').map((r) => r.slug));
    expect(beispiel.has('grippeschutzimpfung')).toBe(true);
    expect(muster.has('grippeschutzimpfung')).toBe(false);
    expect(muster.has('hautschutz')).toBe(true);
    expect(beispiel.has('hautschutz')).toBe(false);
  });

  it.skipIf(!enabled)('an e-mail address can have only one profile, whatever its case', async () => {
    const [company] = await open.db.select().from(companies).limit(1);
    const base = {
      companyId: company!.id,
      firstName: 'Erika',
      lastName: 'Mustermann',
      passwordHash: 'not-a-real-hash',
      officeWorkplace: true,
      disciplinaryReports: false,
    };
    await open.db.insert(users).values({ ...base, email: 'erika@example.com' });
    await expect(open.db.insert(users).values({ ...base, email: 'Erika@Example.COM' })).rejects.toThrow();
  });

  it.skipIf(!enabled)('deleting a profile leaves its consent ledger, which names nobody, for the retention purge', async () => {
    const [user] = await open.db.select().from(users).where(eq(users.email, 'erika@example.com'));
    await open.db.insert(consents).values({ userId: user!.id, kind: 'terms_of_use', textVersion: 't1', granted: true });
    await open.db.delete(users).where(eq(users.id, user!.id));
    const [left] = await open.db.select({ n: count() }).from(consents).where(eq(consents.userId, user!.id));
    expect(left?.n).toBe(1);
  });

  it.skipIf(!enabled)('new columns have their defaults: person, active, published', async () => {
    const [company] = await open.db.select({ id: companies.id, active: companies.active }).from(companies).limit(1);
    const [user] = await open.db
      .insert(users)
      .values({ companyId: company!.id, firstName: 'E', lastName: 'M', email: 'defaults@example.com', passwordHash: 'x', officeWorkplace: true, disciplinaryReports: false })
      .returning({ role: users.role });
    const [item] = await open.db.select({ published: contentItems.published }).from(contentItems).limit(1);
    expect([user?.role, company?.active, item?.published]).toEqual(['person', true, true]);
  });
});
