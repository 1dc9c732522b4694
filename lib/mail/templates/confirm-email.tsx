import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles } from './mail-layout';

export type ConfirmEmailData = { firstName: string; confirmUrl: string; validDays: number };

export function ConfirmEmail({ locale, subject, t, data }: MailProps<ConfirmEmailData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('confirmPreview')} t={t}>
      <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
      <Text style={mailStyles.text}>{t('confirmBody')}</Text>
      <Button href={data.confirmUrl} style={mailStyles.button}>
        {t('confirmButton')}
      </Button>
      <Text style={{ ...mailStyles.text, marginTop: '16px' }}>{t('confirmValidity', { days: data.validDays })}</Text>
      <Text style={mailStyles.small}>{t('linkFallback')}</Text>
      <Text style={mailStyles.small}>
        <Link href={data.confirmUrl}>{data.confirmUrl}</Link>
      </Text>
      <Text style={mailStyles.small}>{t('confirmIgnore')}</Text>
    </MailLayout>
  );
}

export const confirmEmail = {
  subject: (t: MailTranslator) => t('confirmSubject'),
  Component: ConfirmEmail,
};
