import { Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles, type PersonMailData } from './mail-layout';
import { mailTime } from './mail-time';

/** After a new password (in the profile or through a reset link): when, and where to go if it was not them. */
export type PasswordChangedData = { firstName: string; changedAt: Date; resetUrl: string } & PersonMailData;

export function PasswordChanged({ locale, subject, t, data }: MailProps<PasswordChangedData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('passwordChangedPreview')} t={t} consentsUrl={data.consentsUrl}>
      <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
      <Text style={mailStyles.text}>{t('passwordChangedBody', { time: mailTime(data.changedAt, locale) })}</Text>
      <Text style={mailStyles.text}>{t('passwordChangedNotYou')}</Text>
      <Text style={mailStyles.small}>
        <Link href={data.resetUrl}>{data.resetUrl}</Link>
      </Text>
    </MailLayout>
  );
}

export const passwordChanged = {
  subject: (t: MailTranslator) => t('passwordChangedSubject'),
  Component: PasswordChanged,
};
