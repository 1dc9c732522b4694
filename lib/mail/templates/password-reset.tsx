import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles, type PersonMailData } from './mail-layout';

/** `url` carries the reset token; the sign-in flow issues it (single use, valid `validMinutes`). */
export type PasswordResetData = { firstName: string; url: string; validMinutes: number } & PersonMailData;

export function PasswordReset({ locale, subject, t, data }: MailProps<PasswordResetData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('resetPreview')} t={t} consentsUrl={data.consentsUrl}>
      <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
      <Text style={mailStyles.text}>{t('resetBody')}</Text>
      <Button href={data.url} style={mailStyles.button}>
        {t('resetButton')}
      </Button>
      <Text style={{ ...mailStyles.text, marginTop: '16px' }}>{t('resetValidity', { minutes: data.validMinutes })}</Text>
      <Text style={mailStyles.small}>{t('linkFallback')}</Text>
      <Text style={mailStyles.small}>
        <Link href={data.url}>{data.url}</Link>
      </Text>
      <Text style={mailStyles.small}>{t('resetIgnore')}</Text>
    </MailLayout>
  );
}

export const passwordReset = {
  subject: (t: MailTranslator) => t('resetSubject'),
  Component: PasswordReset,
};
