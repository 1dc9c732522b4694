import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { EMAIL_CHANGE_VALID_HOURS } from '@/lib/profile/change-email';
import { TextPage } from '@/app/_components/text-page';
import { ChangeEmailForm } from './change-email-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ gesendet?: string; geaendert?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'ProfileEmail' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * "E-Mail-Adresse ändern": a link goes to the new address (`?gesendet=1` says so); its confirmation, signed in
 * here, comes back with `?geaendert=1`.
 */
export default async function ProfileEmailPage({ params, searchParams }: Props) {
  const [{ locale }, { gesendet, geaendert }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations('ProfileEmail')]);
  const notice = geaendert ? t('changed', { email: user.email }) : gesendet ? t('sent', { hours: EMAIL_CHANGE_VALID_HOURS }) : null;
  return (
    <TextPage title={t('title')}>
      {notice ? (
        <p role="status" className="rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
          {notice}
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t('currentEmail')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <p>{t('lead')}</p>
      <ChangeEmailForm email={user.email} />
    </TextPage>
  );
}
