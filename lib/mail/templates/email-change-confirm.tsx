import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles } from './mail-layout';

/** To the new address, which nobody has confirmed yet: no name in it (as the registration's confirmation mail). */
export type EmailChangeConfirmData = { confirmUrl: string; validHours: number };

export function EmailChangeConfirm({ locale, subject, t, data }: MailProps<EmailChangeConfirmData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('emailChangePreview')} t={t} consentsUrl={null}>
      <Text style={mailStyles.text}>{t('greetingAnonymous')}</Text>
      <Text style={mailStyles.text}>{t('emailChangeBody')}</Text>
      <Button href={data.confirmUrl} style={mailStyles.button}>
        {t('emailChangeButton')}
      </Button>
      <Text style={{ ...mailStyles.text, marginTop: '16px' }}>{t('emailChangeValidity', { hours: data.validHours })}</Text>
      <Text style={mailStyles.small}>{t('linkFallback')}</Text>
      <Text style={mailStyles.small}>
        <Link href={data.confirmUrl}>{data.confirmUrl}</Link>
      </Text>
      <Text style={mailStyles.small}>{t('emailChangeIgnore')}</Text>
    </MailLayout>
  );
}

export const emailChangeConfirm = {
  subject: (t: MailTranslator) => t('emailChangeSubject'),
  Component: EmailChangeConfirm,
};
