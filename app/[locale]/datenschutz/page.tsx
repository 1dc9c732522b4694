import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactLink } from '../../_components/contact-link';
import { PrivacyNoticeSections } from '../../_components/privacy-notice';
import { TextPage } from '../../_components/text-page';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Legal' });
  return { title: t('privacyTitle') };
}

/** "Datenschutz": the notice people agree to at registration, in full (what is kept after a deletion included). */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Legal');
  return (
    <TextPage title={t('privacyTitle')}>
      <p>{t('privacyIntro')}</p>
      <PrivacyNoticeSections heading="h2" />
      <p className="mt-6">{t.rich('privacyRights', { email: () => <ContactLink /> })}</p>
    </TextPage>
  );
}
