import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../index';
import { companies, companyDomains } from '../schema';

export type DomainOwner = { domain: string; companyId: string; companyName: string };

/** Who owns exactly this domain (not a parent of it): a domain belongs to one company. */
export async function findDomainOwner(db: Executor, domain: string): Promise<DomainOwner | undefined> {
  const [row] = await db
    .select({ domain: companyDomains.domain, companyId: companies.id, companyName: companies.name })
    .from(companyDomains)
    .innerJoin(companies, eq(companies.id, companyDomains.companyId))
    .where(eq(companyDomains.domain, domain))
    .limit(1);
  return row;
}

/**
 * Gives the domain to the company unless some company owns it already; returns whether it was added. The primary
 * key decides between two operators adding it at once.
 */
export async function addCompanyDomain(db: Executor, domain: string, companyId: string): Promise<boolean> {
  const rows = await db
    .insert(companyDomains)
    .values({ domain, companyId })
    .onConflictDoNothing()
    .returning({ domain: companyDomains.domain });
  return rows.length > 0;
}

/** Returns the company the domain was taken from, if it had one. Profiles at it stay with their company. */
export async function removeCompanyDomain(db: Executor, domain: string): Promise<string | undefined> {
  const [row] = await db
    .delete(companyDomains)
    .where(eq(companyDomains.domain, domain))
    .returning({ companyId: companyDomains.companyId });
  return row?.companyId;
}

export async function listCompanyDomains(db: Executor, companyId: string): Promise<string[]> {
  const rows = await db
    .select({ domain: companyDomains.domain })
    .from(companyDomains)
    .where(eq(companyDomains.companyId, companyId))
    .orderBy(asc(companyDomains.domain));
  return rows.map((r) => r.domain);
}
