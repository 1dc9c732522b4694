import type { Database, Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { addCompanyDomain, findDomainOwner } from '@/db/queries/company-domains';
import { type CompanyOverview, listCompaniesWithCounts } from '@/db/queries/company-overview';
import { createCompany, findCompanyByName, findCompanyByNameOrId, renameCompany as renameCompanyRow, setCompanyActive } from '@/db/queries/companies';
import { deleteSessionsForCompany } from '@/db/queries/sessions';
import type { Company } from '@/db/schema';
import { companyName, companyRef, domainName } from '@/lib/validation/operations';
import { type Actor, auditedBy } from './actor';
import { inTransaction, type OpsResult, parseInput, refuse, refuseAndRollBack } from './result';

/** The company named by id or name, or the refusal saying none is. */
export async function resolveCompany(db: Executor, ref: string): Promise<OpsResult<{ company: Company }>> {
  const parsed = parseInput(companyRef, ref, 'invalidCompany');
  if (!parsed.ok) return parsed;
  const company = await findCompanyByNameOrId(db, parsed.value);
  return company ? { ok: true, company } : refuse('unknownCompany', { company: parsed.value });
}

export function listCompanies(db: Executor, now = new Date()): Promise<CompanyOverview[]> {
  return listCompaniesWithCounts(db, now);
}

export type AddCompanyResult = OpsResult<{ company: Company; created: boolean; domainsAdded: string[]; domainsKept: string[] }>;

/**
 * A customer company with its domains, in one transaction. Idempotent: an existing company of that name (any case)
 * only gets the domains it lacks. A domain another company owns refuses the whole action, so nothing is half done.
 */
export async function addCompany(
  db: Database,
  actor: Actor,
  input: { name: string; domains: string[] },
  now = new Date(),
): Promise<AddCompanyResult> {
  const name = parseInput(companyName, input.name, 'invalidCompanyName');
  if (!name.ok) return name;
  const domains: string[] = [];
  for (const raw of input.domains) {
    const domain = parseInput(domainName, raw, 'invalidDomain');
    if (!domain.ok) return domain;
    if (!domains.includes(domain.value)) domains.push(domain.value);
  }
  return inTransaction(db, async (tx) => {
    const existing = await findCompanyByName(tx, name.value);
    const company = existing ?? (await createCompany(tx, name.value, now));
    if (!existing) {
      await recordAudit(tx, { event: 'company_created', ...auditedBy(actor, { company: company.id, name: company.name }) });
    }
    const domainsAdded: string[] = [];
    const domainsKept: string[] = [];
    for (const domain of domains) {
      const owner = await findDomainOwner(tx, domain);
      if (owner?.companyId === company.id) domainsKept.push(domain);
      else if (owner || !(await addCompanyDomain(tx, domain, company.id))) refuseAndRollBack('domainTaken', { domain, owner: owner?.companyName ?? 'another company' });
      else {
        domainsAdded.push(domain);
        await recordAudit(tx, { event: 'domain_added', ...auditedBy(actor, { company: company.id, domain }) });
      }
    }
    return { ok: true, company, created: !existing, domainsAdded, domainsKept };
  });
}

export async function renameCompany(db: Database, actor: Actor, input: { company: string; name: string }): Promise<OpsResult<{ company: Company; changed: boolean }>> {
  const name = parseInput(companyName, input.name, 'invalidCompanyName');
  if (!name.ok) return name;
  return inTransaction(db, async (tx) => {
    const found = await resolveCompany(tx, input.company);
    if (!found.ok) return found;
    const { company } = found;
    if (company.name === name.value) return { ok: true, company, changed: false };
    const holder = await findCompanyByName(tx, name.value);
    if (holder && holder.id !== company.id) {
      return refuse('companyNameTaken', { name: holder.name });
    }
    await renameCompanyRow(tx, company.id, name.value);
    await recordAudit(tx, { event: 'company_renamed', ...auditedBy(actor, { company: company.id, from: company.name, to: name.value }) });
    return { ok: true, company: { ...company, name: name.value }, changed: true };
  });
}

/**
 * Deactivating keeps every profile and its data, but its people can no longer sign in or register, and their
 * sessions end at once. Activating lets them in again. Idempotent.
 */
export async function setCompanyActivity(
  db: Database,
  actor: Actor,
  input: { company: string; active: boolean },
): Promise<OpsResult<{ company: Company; changed: boolean; sessionsEnded: number }>> {
  return inTransaction(db, async (tx) => {
    const found = await resolveCompany(tx, input.company);
    if (!found.ok) return found;
    const { company } = found;
    const changed = await setCompanyActive(tx, company.id, input.active);
    const sessionsEnded = changed && !input.active ? await deleteSessionsForCompany(tx, company.id) : 0;
    if (changed) {
      const event = input.active ? 'company_activated' : 'company_deactivated';
      await recordAudit(tx, { event, ...auditedBy(actor, { company: company.id, name: company.name, sessionsEnded }) });
    }
    return { ok: true, company: { ...company, active: input.active }, changed, sessionsEnded };
  });
}
