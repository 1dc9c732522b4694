import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { TextPage } from '@/app/_components/text-page';
import { ChangePasswordForm } from './change-password-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ geaendert?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'ProfilePassword' });
  return { title: t('title'), robots: { index: false } };
}

/** "Passwort ändern"; after a change (`?geaendert=1`) the same page says it worked. */
export default async function ProfilePasswordPage({ params, searchParams }: Props) {
  const [{ locale }, { geaendert }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations('ProfilePassword')]);
  return (
    <TextPage title={t('title')}>
      {geaendert ? (
        <p role="status" className="rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
          {t('changed')}
        </p>
      ) : null}
      <p>{t('lead')}</p>
      <ChangePasswordForm email={user.email} personalHints={[user.firstName, user.lastName, user.email]} />
    </TextPage>
  );
}
