import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ContactLink } from '../../../_components/contact-link';
import { RegistrationFrame } from '../_components/registration-frame';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Registration' });
  return { title: t('successTitle') };
}

// The same page whether the address was new, unconfirmed or already confirmed: it never tells them apart.
export default async function SuccessPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tResend] = await Promise.all([getTranslations('Registration'), getTranslations('ResendConfirmation')]);
  return (
    <RegistrationFrame>
      <div role="status">
        <h2 className="text-xl font-bold text-success">{t('successTitle')}</h2>
        <p className="mt-2">{t('successText')}</p>
      </div>
      <Link href={routes.home} className="button-primary mt-6">
        {t('continue')}
      </Link>
      <p className="mt-6">
        {tResend('noMail')}{' '}
        <Link href={routes.resendConfirmation} className="font-semibold text-brand-700 underline">
          {tResend('title')}
        </Link>
      </p>
      <p className="mt-6 text-sm">{t.rich('questions', { email: () => <ContactLink /> })}</p>
    </RegistrationFrame>
  );
}
