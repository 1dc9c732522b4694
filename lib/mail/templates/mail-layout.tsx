import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { CONTACT_EMAIL } from '@/lib/contact';
import type { MailTranslator } from '../translator';

const colors = { brand: '#0b5764', ink: '#1c2529', muted: '#4a5a61', tint: '#eef7f8' };

export const mailStyles = {
  text: { color: colors.ink, fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' },
  button: {
    backgroundColor: colors.brand,
    borderRadius: '6px',
    color: '#ffffff',
    display: 'inline-block',
    fontSize: '16px',
    fontWeight: 600,
    padding: '12px 20px',
    textDecoration: 'none',
  },
  small: { color: colors.muted, fontSize: '14px', lineHeight: '20px', margin: '0 0 8px' },
};

/** The frame every mail shares: brand line, content, contact line. */
export type MailProps<D> = { locale: string; subject: string; t: MailTranslator; data: D };

/** The data of every mail to a person with a profile: the footer links to their consents (lib/mail/links.ts). */
export type PersonMailData = { consentsUrl: string };

export function MailLayout({
  locale,
  subject,
  preview,
  t,
  consentsUrl,
  children,
}: {
  locale: string;
  subject: string;
  preview: string;
  t: MailTranslator;
  /**
   * Where the person sees and withdraws their consents (GDPR Art. 7(3)); every template decides: null only in mail
   * to an address nobody has confirmed yet (or the operators' test mail), which has no profile behind it.
   */
  consentsUrl: string | null;
  children: ReactNode;
}) {
  return (
    <Html lang={locale}>
      <Head>
        <title>{subject}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.tint, fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', borderRadius: '8px', maxWidth: '560px', padding: '32px' }}>
          <Text style={{ color: colors.brand, fontSize: '22px', fontWeight: 700, margin: '0 0 24px' }}>Mein ias</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: '#d5ebee', margin: '24px 0' }} />
          {consentsUrl ? (
            <Text style={mailStyles.small}>
              {t('consentsLink')} <Link href={consentsUrl}>{consentsUrl}</Link>
            </Text>
          ) : null}
          <Text style={mailStyles.small}>{t('contact', { email: CONTACT_EMAIL })}</Text>
          <Text style={mailStyles.small}>{t('footer')}</Text>
        </Container>
      </Body>
    </Html>
  );
}
