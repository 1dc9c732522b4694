import { Button, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles } from './mail-layout';

export type TestMailData = { portalUrl: string };

export function TestMail({ locale, subject, t, data }: MailProps<TestMailData>) {
  return (
    <MailLayout locale={locale} subject={subject} preview={t('testPreview')} t={t} consentsUrl={null}>
      <Text style={mailStyles.text}>{t('greetingAnonymous')}</Text>
      <Text style={mailStyles.text}>{t('testBody')}</Text>
      <Button href={data.portalUrl} style={mailStyles.button}>
        {t('testButton')}
      </Button>
    </MailLayout>
  );
}

export const testMail = {
  subject: (t: MailTranslator) => t('testSubject'),
  Component: TestMail,
};
