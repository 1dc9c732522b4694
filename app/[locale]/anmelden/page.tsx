import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { TextPage } from '../../_components/text-page';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignIn');
  return (
    <TextPage title={t('title')}>
      <p>{t('comingSoon')}</p>
      <p>{t('noProfile')}</p>
      <div className="flex flex-wrap gap-4">
        <Link href="/registrieren" className="button-primary">
          {t('register')}
        </Link>
        <Link href="/" className="button-secondary">
          {t('backHome')}
        </Link>
      </div>
    </TextPage>
  );
}
