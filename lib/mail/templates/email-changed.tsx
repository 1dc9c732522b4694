import { Text } from '@react-email/components';
import { CONTACT_EMAIL } from '@/lib/contact';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles } from './mail-layout';
import { mailTime } from './mail-time';

/** To the old address once the new one is confirmed; the new one only masked (this mailbox may not be theirs any more). */
export type EmailChangedData = { firstName: string; maskedEmail: string; changedAt: Date };

export function EmailChanged({ locale, subject, t, data }: MailProps<EmailChangedData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('emailChangedPreview')} t={t} consentsUrl={null}>
      <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
      <Text style={mailStyles.text}>
        {t('emailChangedBody', { time: mailTime(data.changedAt, locale), email: data.maskedEmail })}
      </Text>
      <Text style={mailStyles.text}>{t('emailChangedNotYou', { email: CONTACT_EMAIL })}</Text>
    </MailLayout>
  );
}

export const emailChanged = {
  subject: (t: MailTranslator) => t('emailChangedSubject'),
  Component: EmailChanged,
};
