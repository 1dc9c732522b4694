import type { Metadata } from 'next';
import type { Locale, Messages } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactLink } from './contact-link';
import { TextPage } from './text-page';

type LegalKey = keyof Messages['Legal'];
type Props = { params: Promise<{ locale: Locale }> };

/** Datenschutz, Nutzungsbedingungen and Impressum share one shape: a title and paragraphs from `Legal`. */
export function legalPage(title: LegalKey, paragraphs: LegalKey[]) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: 'Legal' });
    return { title: t(title) };
  }

  async function LegalPage({ params }: Props) {
    const { locale } = await params;
    setRequestLocale(locale);
    const t = await getTranslations('Legal');
    return (
      <TextPage title={t(title)}>
        {paragraphs.map((key) => (
          <p key={key}>{t.rich(key, { email: () => <ContactLink /> })}</p>
        ))}
      </TextPage>
    );
  }

  return { generateMetadata, LegalPage };
}
