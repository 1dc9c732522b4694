'use server';

import { getDatabase } from '@/lib/database';
import { notice, type ConsoleNotice } from '@/lib/forms/console-notice';
import { operatorAction, refusedState } from '@/lib/forms/operator-action';
import { redirectTo } from '@/i18n/redirect';
import { addCompany, renameCompany, setCompanyActivity } from '@/lib/operations/companies';
import { addDomain, removeDomain } from '@/lib/operations/domains';
import { addDomainSchema, companyActivitySchema, createCompanySchema, removeDomainSchema, renameCompanySchema } from '@/lib/validation/console';
import { consolePaths } from '../_components/sections';

export const createCompanyAction = operatorAction<typeof createCompanySchema, ConsoleNotice>({
  name: 'createCompanyAction',
  schema: createCompanySchema,
  handler: async ({ name, domain }, { actor, locale }) => {
    const result = await addCompany(await getDatabase(), actor, { name, domains: [domain] });
    if (!result.ok) return refusedState(result, { invalidCompanyName: 'name', invalidDomain: 'domain', domainTaken: 'domain' }, { name, domain });
    redirectTo(consolePaths.company(result.company.id), locale);
  },
});

export const renameCompanyAction = operatorAction<typeof renameCompanySchema, ConsoleNotice>({
  name: 'renameCompanyAction',
  schema: renameCompanySchema,
  handler: async ({ company, name }, { actor }) => {
    const result = await renameCompany(await getDatabase(), actor, { company, name });
    if (!result.ok) return refusedState(result, { invalidCompanyName: 'name', companyNameTaken: 'name' }, { company, name });
    return result.changed ? notice('companies.renamed', { name: result.company.name }) : notice('companies.unchanged');
  },
});

export const companyActivityAction = operatorAction<typeof companyActivitySchema, ConsoleNotice>({
  name: 'companyActivityAction',
  schema: companyActivitySchema,
  handler: async ({ company, active }, { actor }) => {
    const result = await setCompanyActivity(await getDatabase(), actor, { company, active: active === 'true' });
    if (!result.ok) return refusedState(result, {}, { company, active });
    return result.company.active ? notice('companies.activated') : notice('companies.deactivated', { sessions: result.sessionsEnded });
  },
});

export const addDomainAction = operatorAction<typeof addDomainSchema, ConsoleNotice>({
  name: 'addDomainAction',
  schema: addDomainSchema,
  handler: async ({ company, domain }, { actor }) => {
    const result = await addDomain(await getDatabase(), actor, { company, domain });
    if (!result.ok) return refusedState(result, { invalidDomain: 'domain', domainTaken: 'domain' }, { company, domain });
    return notice('companies.domainAdded', { domain: result.domain });
  },
});

export const removeDomainAction = operatorAction<typeof removeDomainSchema, ConsoleNotice>({
  name: 'removeDomainAction',
  schema: removeDomainSchema,
  handler: async ({ company, domain }, { actor }) => {
    const result = await removeDomain(await getDatabase(), actor, { domain });
    if (!result.ok) return refusedState(result, {}, { company, domain });
    return notice('companies.domainRemoved', { domain: result.domain });
  },
});
