import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { addCompanyDomain, findDomainOwner, removeCompanyDomain } from '@/db/queries/company-domains';
import { findCompanyById } from '@/db/queries/companies';
import type { Company } from '@/db/schema';
import { domainName } from '@/lib/validation/operations';
import { type Actor, auditedBy } from './actor';
import { resolveCompany } from './companies';
import { inTransaction, type OpsResult, parseInput, refuse } from './result';

/**
 * Addresses at the domain (and its subdomains) may register for the company from now on. A domain belongs to one
 * company: one owned by another is refused; one the company owns already changes nothing.
 */
export async function addDomain(
  db: Database,
  actor: Actor,
  input: { domain: string; company: string },
): Promise<OpsResult<{ domain: string; company: Company; changed: boolean }>> {
  const domain = parseInput(domainName, input.domain, 'invalidDomain');
  if (!domain.ok) return domain;
  return inTransaction(db, async (tx) => {
    const found = await resolveCompany(tx, input.company);
    if (!found.ok) return found;
    const { company } = found;
    const owner = await findDomainOwner(tx, domain.value);
    if (owner?.companyId === company.id) return { ok: true, domain: domain.value, company, changed: false };
    if (owner || !(await addCompanyDomain(tx, domain.value, company.id))) {
      return refuse('domainTaken', { domain: domain.value, owner: owner?.companyName ?? 'another company' });
    }
    await recordAudit(tx, { event: 'domain_added', ...auditedBy(actor, { company: company.id, domain: domain.value }) });
    return { ok: true, domain: domain.value, company, changed: true };
  });
}

/**
 * New addresses at the domain can no longer register (profiles made before stay with their company). Idempotent:
 * a domain nobody owns changes nothing. A subdomain another company owns is a domain of its own and stays.
 */
export async function removeDomain(
  db: Database,
  actor: Actor,
  input: { domain: string },
): Promise<OpsResult<{ domain: string; company?: Company }>> {
  const domain = parseInput(domainName, input.domain, 'invalidDomain');
  if (!domain.ok) return domain;
  return inTransaction(db, async (tx) => {
    const companyId = await removeCompanyDomain(tx, domain.value);
    if (!companyId) return { ok: true, domain: domain.value };
    await recordAudit(tx, { event: 'domain_removed', ...auditedBy(actor, { company: companyId, domain: domain.value }) });
    return { ok: true, domain: domain.value, company: await findCompanyById(tx, companyId) };
  });
}
