import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listConsents } from '@/db/queries/consents';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { getDatabase } from '@/lib/database';
import { routes } from '@/lib/routes';
import { ConsentLedger } from './consent-ledger';
import { EmailInformationForm } from './email-information-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ gespeichert?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'ProfileConsents' });
  return { title: t('title'), robots: { index: false } };
}

/** "Einwilligungen": the e-mail consent to withdraw or give again, the terms (ended only by deletion), the ledger. */
export default async function ConsentsPage({ params, searchParams }: Props) {
  const [{ locale }, { gespeichert }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, format, ledger] = await Promise.all([getTranslations('ProfileConsents'), getFormatter(), listConsents(await getDatabase(), user.id)]);
  const emailInformation = ledger.find((row) => row.kind === 'email_information')?.granted ?? false;
  const link = (href: string) =>
    function InlineLink(chunks: React.ReactNode) {
      return (
        <Link href={href} className="text-brand-700 underline">
          {chunks}
        </Link>
      );
    };
  return (
    <article className="prose-page">
      <h1 className="mb-4 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      {gespeichert ? (
        <p role="status" className="mb-6 rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
          {emailInformation ? t('savedGranted') : t('savedWithdrawn')}
        </p>
      ) : null}
      <section aria-labelledby="email-information-title" className="mb-10">
        <h2 id="email-information-title" className="mb-2 text-2xl font-bold">
          {t('emailTitle')}
        </h2>
        <p className="mb-4">{emailInformation ? t('emailCurrentGranted') : t('emailCurrentWithdrawn')}</p>
        {/* Keyed by the ledger, so the box shows the newest row after each change. */}
        <EmailInformationForm key={ledger[0]?.id ?? 'none'} granted={emailInformation} />
      </section>
      <section aria-labelledby="terms-title" className="mb-10">
        <h2 id="terms-title" className="mb-2 text-2xl font-bold">
          {t('termsTitle')}
        </h2>
        <p>{t.rich('termsText', { terms: link(routes.terms), delete: link(routes.profileDelete) })}</p>
      </section>
      <ConsentLedger
        rows={ledger.map((row) => ({
          id: row.id,
          what: t(`kind_${row.kind}`),
          status: row.granted ? t('granted') : t('withdrawn'),
          when: format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
          version: row.textVersion,
          language: row.locale ? t(`language_${row.locale}`) : t('languageUnknown'),
        }))}
      />
    </article>
  );
}
