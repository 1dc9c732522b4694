import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles } from './mail-layout';

/** No name: the address is not confirmed yet, so whoever typed the "name" may not be its owner. */
export type ConfirmEmailData = { confirmUrl: string; validDays: number };

export function ConfirmEmail({ locale, subject, t, data }: MailProps<ConfirmEmailData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('confirmPreview')} t={t} consentsUrl={null}>
      <Text style={mailStyles.text}>{t('greetingAnonymous')}</Text>
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
