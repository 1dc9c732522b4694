import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles, type PersonMailData } from './mail-layout';

/**
 * To the owner of an address that someone asked to move to their own profile: nothing changed. The one asking
 * saw the same "we sent a link" answer as for a free address (as registration answers a registered address).
 */
export type EmailInUseData = { firstName: string; signInUrl: string; resetUrl: string } & PersonMailData;

export function EmailInUse({ locale, subject, t, data }: MailProps<EmailInUseData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('emailInUsePreview')} t={t} consentsUrl={data.consentsUrl}>
      <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
      <Text style={mailStyles.text}>{t('emailInUseBody')}</Text>
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

export const emailInUse = {
  subject: (t: MailTranslator) => t('emailInUseSubject'),
  Component: EmailInUse,
};
