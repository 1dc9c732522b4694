import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { redirectTo } from '@/i18n/redirect';
import { safeReturnPath } from '@/lib/auth/return-path';
import { acceptedCurrentTerms, requireSession } from '@/lib/auth/session';
import { TERMS_OF_USE_VERSION } from '@/lib/legal/versions';
import { routes } from '@/lib/routes';
import { AcceptTermsForm } from './accept-terms-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ weiter?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'AcceptTerms' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * Where requireSession sends a signed-in person whose newest terms-of-use row is not today's version; anyone
 * who has accepted it goes straight on.
 */
export default async function AcceptTermsPage({ params, searchParams }: Props) {
  const [{ locale }, { weiter }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { user } = await requireSession(locale, { termsPage: true });
  const returnTo = safeReturnPath(weiter);
  if (await acceptedCurrentTerms(user.id)) redirectTo(returnTo ?? routes.home, locale);
  const [t, format] = await Promise.all([getTranslations('AcceptTerms'), getFormatter()]);
  const version = format.dateTime(new Date(`${TERMS_OF_USE_VERSION}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article className="prose-page">
      <h1 className="mb-4 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mb-6">{t('lead', { version })}</p>
      <AcceptTermsForm returnTo={returnTo} />
    </article>
  );
}
