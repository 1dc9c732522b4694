import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { TextPage } from '../../_components/text-page';
import { ResetRequestForm } from './reset-request-form';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ gesendet?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'PasswordReset' });
  return { title: t('requestTitle') };
}

export default async function ForgottenPasswordPage({ params, searchParams }: Props) {
  const [{ locale }, { gesendet }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations('PasswordReset');
  return (
    <TextPage title={t('requestTitle')}>
      {gesendet ? (
        <div role="status">
          <h2 className="text-xl font-bold text-success">{t('sentTitle')}</h2>
          <p className="mt-2">{t('sentText')}</p>
        </div>
      ) : (
        <>
          <p>{t('requestLead')}</p>
          <ResetRequestForm />
        </>
      )}
      <p>
        <Link href={routes.signIn} className="underline">
          {t('backToSignIn')}
        </Link>
      </p>
    </TextPage>
  );
}
