import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../index';
import { type Company, companies, companyDomains } from '../schema';

/** The domain and every parent of it: "a.b.example.com" → a.b.example.com, b.example.com, example.com. */
export function domainCandidates(email: string): string[] {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const labels = domain.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** The customer company whose domain (or a parent domain) the address belongs to, if any. */
export async function findCompanyForEmail(db: Executor, email: string): Promise<Company | undefined> {
  const candidates = domainCandidates(email);
  if (candidates.length === 0) return undefined;
  const rows = await db
    .select({ company: companies, domain: companyDomains.domain })
    .from(companyDomains)
    .innerJoin(companies, eq(companies.id, companyDomains.companyId))
    .where(inArray(companyDomains.domain, candidates));
  // The most specific domain wins, should a subsidiary own a subdomain of its parent's domain.
  rows.sort((a, b) => b.domain.length - a.domain.length);
  return rows[0]?.company;
}
