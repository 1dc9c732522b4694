import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactLink } from '../../_components/contact-link';
import { TextPage } from '../../_components/text-page';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Legal' });
  return { title: t('privacyTitle') };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Legal');
  return (
    <TextPage title={t('privacyTitle')}>
      <p>{t('privacyIntro')}</p>
      <p>{t.rich('privacyRights', { email: () => <ContactLink /> })}</p>
    </TextPage>
  );
}
