import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { confirmationLink } from '@/lib/registration/confirm-link-cookie';
import { inspectConfirmationLink } from '@/lib/registration/confirm-email';
import { TextPage } from '../../_components/text-page';
import { ConfirmLinkForm } from '@/app/_components/form/confirm-link-form';
import { confirmRegistrationAction } from './actions';
import { routes, withQuery } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ConfirmRegistration' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * Reached from the confirmation link through /bestaetigen. Shows whose registration the link would confirm and
 * when it was made, so a person whose address someone else registered sees it is not theirs; only the button
 * (a POST) confirms, never the link itself.
 */
export default async function ConfirmRegistrationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const found = await inspectConfirmationLink(await getDatabase(), await confirmationLink.read());
  if (found.state !== 'pending') redirectTo(withQuery(routes.confirmed, { ergebnis: found.state }), locale);
  const { registration } = found;
  const [t, format] = await Promise.all([getTranslations('ConfirmRegistration'), getFormatter()]);
  return (
    <TextPage title={t('title')}>
      <p>{t('lead')}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-brand-100 bg-brand-50 p-5">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>
          {registration.firstName} {registration.lastName}
        </dd>
        <dt className="font-semibold">{t('email')}</dt>
        <dd>{registration.email}</dd>
        <dt className="font-semibold">{t('registeredAt')}</dt>
        <dd>{format.dateTime(registration.createdAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' })}</dd>
      </dl>
      <ConfirmLinkForm action={confirmRegistrationAction} namespace="ConfirmRegistration" />
      <p className="text-sm">{t('notYou')}</p>
    </TextPage>
  );
}
