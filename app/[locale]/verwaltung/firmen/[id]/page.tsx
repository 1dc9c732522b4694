import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Link } from '@/i18n/navigation';
import { requireOperator } from '@/lib/auth/operator';
import { getDatabase } from '@/lib/database';
import { listCompanies } from '@/lib/operations/companies';
import { ConsoleForm } from '../../_components/console-form';
import { consolePaths } from '../../_components/sections';
import { addDomainAction, companyActivityAction, removeDomainAction, renameCompanyAction } from '../actions';

type Props = { params: Promise<{ locale: Locale; id: string }> };

/** The company with its counts, read once per request for the title and the page. */
const companyOverview = cache(async (id: string) => (await listCompanies(await getDatabase())).find((c) => c.id === id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const company = (await requireOperator()) && (await companyOverview(decodeURIComponent(id)));
  return { title: company?.name };
}

export default async function CompanyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const company = await companyOverview(decodeURIComponent(id));
  if (!company) notFound();
  const t = await getTranslations('Console.companies');
  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{company.name}</h1>
        <p className="mt-2">
          {company.active ? t('active') : t('inactive')} ·{' '}
          {t('counts', { registered: company.profiles, confirmed: company.confirmed, recent: company.recentProfiles, pending: company.pending })}
        </p>
      </div>

      <section aria-labelledby="domains-title" className="flex flex-col gap-4 rounded-xl border border-brand-100 p-5">
        <h2 id="domains-title" className="text-xl font-bold">
          {t('domainsTitle')}
        </h2>
        {company.domains.length === 0 ? <p>{t('domainsEmpty')}</p> : null}
        <ul className="flex flex-col gap-2">
          {company.domains.map((domain) => (
            <li key={domain} className="flex flex-wrap items-center gap-4">
              <span className="font-semibold">{domain}</span>
              <ConsoleForm
                action={removeDomainAction}
                id={`remove-${domain}`}
                className="flex items-center gap-2"
                fields={[
                  { kind: 'hidden', name: 'company', value: company.id },
                  { kind: 'hidden', name: 'domain', value: domain },
                ]}
                submit={t('domainRemove')}
                submitLabel={t('domainRemoveLabel', { domain })}
                variant="secondary"
              />
            </li>
          ))}
        </ul>
        <ConsoleForm
          action={addDomainAction}
          id="add-domain"
          className="flex max-w-xl flex-col gap-4"
          fields={[
            { kind: 'hidden', name: 'company', value: company.id },
            { kind: 'text', name: 'domain', label: t('domainAdd'), hint: t('domainHint') },
          ]}
          submit={t('domainAddSubmit')}
        />
      </section>

      <ConsoleForm
        action={renameCompanyAction}
        id="rename-company"
        title={t('renameTitle')}
        className="flex max-w-xl flex-col gap-4 rounded-xl border border-brand-100 p-5"
        fields={[
          { kind: 'hidden', name: 'company', value: company.id },
          { kind: 'text', name: 'name', label: t('renameName'), defaultValue: company.name },
        ]}
        submit={t('renameSubmit')}
      />

      <section aria-labelledby="activity-title" className="flex max-w-xl flex-col gap-4 rounded-xl border border-brand-100 p-5">
        <h2 id="activity-title" className="text-xl font-bold">
          {t('activityTitle')}
        </h2>
        <p>{company.active ? t('activeText') : t('inactiveText')}</p>
        <ConsoleForm
          action={companyActivityAction}
          id="company-activity"
          fields={[
            { kind: 'hidden', name: 'company', value: company.id },
            { kind: 'hidden', name: 'active', value: company.active ? 'false' : 'true' },
          ]}
          submit={company.active ? t('deactivate') : t('activate')}
          variant="secondary"
        />
      </section>

      <Link href={consolePaths.companies} className="font-semibold text-brand-700 underline">
        {t('backToList')}
      </Link>
    </div>
  );
}
