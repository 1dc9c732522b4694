import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles, type PersonMailData } from './mail-layout';

export type AlreadyRegisteredData = { firstName: string; signInUrl: string; resetUrl: string } & PersonMailData;

export function AlreadyRegistered({ locale, subject, t, data }: MailProps<AlreadyRegisteredData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('existingPreview')} t={t} consentsUrl={data.consentsUrl}>
      <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
      <Text style={mailStyles.text}>{t('existingBody')}</Text>
      <Button href={data.signInUrl} style={mailStyles.button}>
        {t('existingSignIn')}
      </Button>
      <Text style={{ ...mailStyles.text, marginTop: '16px' }}>{t('existingReset')}</Text>
      <Text style={mailStyles.small}>
        <Link href={data.resetUrl}>{data.resetUrl}</Link>
      </Text>
      <Text style={mailStyles.small}>{t('existingIgnore')}</Text>
    </MailLayout>
  );
}

export const alreadyRegistered = {
  subject: (t: MailTranslator) => t('existingSubject'),
  Component: AlreadyRegistered,
};
