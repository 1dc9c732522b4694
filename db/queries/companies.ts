import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Company, companies, companyDomains } from '../schema';

/** The domain and every parent of it: "a.b.example.com" → a.b.example.com, b.example.com, example.com. */
export function domainCandidates(email: string): string[] {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const labels = domain.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/**
 * The active customer company whose domain (or a parent domain) the address belongs to, if any. The most specific
 * domain decides, should a subsidiary own a subdomain of its parent's domain; when that company is deactivated
 * the address belongs to no one, rather than falling through to the parent's company.
 */
export async function findCompanyForEmail(db: Executor, email: string): Promise<Company | undefined> {
  const candidates = domainCandidates(email);
  if (candidates.length === 0) return undefined;
  const rows = await db
    .select({ company: companies, domain: companyDomains.domain })
    .from(companyDomains)
    .innerJoin(companies, eq(companies.id, companyDomains.companyId))
    .where(inArray(companyDomains.domain, candidates));
  rows.sort((a, b) => b.domain.length - a.domain.length);
  const owner = rows[0]?.company;
  return owner?.active ? owner : undefined;
}

export async function findCompanyById(db: Executor, id: string): Promise<Company | undefined> {
  const [row] = await db.select().from(companies).where(eq(companies.id, id)).limit(1);
  return row;
}

/** The company of this name, whatever its case (names are unique whatever their case). */
export async function findCompanyByName(db: Executor, name: string): Promise<Company | undefined> {
  const [row] = await db
    .select()
    .from(companies)
    .where(sql`lower(${companies.name}) = lower(${name.trim()})`)
    .limit(1);
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A company as operators name it: its id, or its name in any case. */
export async function findCompanyByNameOrId(db: Executor, nameOrId: string): Promise<Company | undefined> {
  const ref = nameOrId.trim();
  return (UUID.test(ref) ? await findCompanyById(db, ref.toLowerCase()) : undefined) ?? findCompanyByName(db, ref);
}

export async function createCompany(db: Executor, name: string, now = new Date()): Promise<Company> {
  const [row] = await db.insert(companies).values({ name, createdAt: now }).returning();
  if (!row) throw new Error('company insert returned no row');
  return row;
}

export async function renameCompany(db: Executor, id: string, name: string): Promise<void> {
  await db.update(companies).set({ name }).where(eq(companies.id, id));
}

/** Returns whether anything changed (false when the company was in that state already). */
export async function setCompanyActive(db: Executor, id: string, active: boolean): Promise<boolean> {
  const rows = await db
    .update(companies)
    .set({ active })
    .where(sql`${companies.id} = ${id} and ${companies.active} <> ${active}`)
    .returning({ id: companies.id });
  return rows.length > 0;
}
