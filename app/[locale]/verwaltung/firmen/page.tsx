import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireOperator } from '@/lib/auth/operator';
import { getDatabase } from '@/lib/database';
import { listCompanies } from '@/lib/operations/companies';
import { ConsoleForm } from '../_components/console-form';
import { consolePaths } from '../_components/sections';
import { createCompanyAction } from './actions';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console.companies' });
  return { title: t('title') };
}

export default async function CompaniesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const [t, companies] = await Promise.all([getTranslations('Console.companies'), getDatabase().then((db) => listCompanies(db))]);
  return (
    <div className="flex flex-col gap-10">
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <section aria-labelledby="companies-list-title" className="flex flex-col gap-4">
        <h2 id="companies-list-title" className="text-xl font-bold">
          {t('listTitle')}
        </h2>
        {companies.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-brand-100">
                  <th scope="col" className="p-2">{t('name')}</th>
                  <th scope="col" className="p-2">{t('domains')}</th>
                  <th scope="col" className="p-2">{t('status')}</th>
                  <th scope="col" className="p-2 text-right">{t('registered')}</th>
                  <th scope="col" className="p-2 text-right">{t('confirmed')}</th>
                  <th scope="col" className="p-2 text-right">{t('recent')}</th>
                </tr>
              </thead>
              <tbody>
                {companies.map((company) => (
                  <tr key={company.id} className="border-b border-brand-100">
                    <th scope="row" className="p-2 font-semibold">
                      <Link href={consolePaths.company(company.id)} className="text-brand-700 underline">
                        {company.name}
                      </Link>
                    </th>
                    <td className="p-2">{company.domains.length > 0 ? company.domains.join(', ') : t('noDomains')}</td>
                    <td className="p-2">{company.active ? t('active') : t('inactive')}</td>
                    <td className="p-2 text-right">{company.profiles}</td>
                    <td className="p-2 text-right">{company.confirmed}</td>
                    <td className="p-2 text-right">{company.recentProfiles}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ConsoleForm
        action={createCompanyAction}
        id="create-company"
        title={t('createTitle')}
        className="flex max-w-xl flex-col gap-4 rounded-xl border border-brand-100 p-5"
        fields={[
          { kind: 'text', name: 'name', label: t('createName') },
          { kind: 'text', name: 'domain', label: t('createDomain'), hint: t('domainHint') },
        ]}
        submit={t('createSubmit')}
      />
    </div>
  );
}
