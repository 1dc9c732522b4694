import { Button, Link, Text } from '@react-email/components';
import type { MailTranslator } from '../translator';
import { MailLayout, type MailProps, mailStyles, type PersonMailData } from './mail-layout';

export type AlreadyRegisteredData = { firstName: string; signInUrl: string; resetUrl: string } & PersonMailData;

type NoticeText = { preview: 'existingPreview' | 'emailInUsePreview'; body: 'existingBody' | 'emailInUseBody' };

/**
 * To the owner of a registered address that someone else entered (a registration, a change of address): nothing
 * changed; sign in, or set a new password. The one who entered it saw the same answer as for a free address.
 */
export function existingAddressNotice(text: NoticeText) {
  return function ExistingAddressNotice({ locale, subject, t, data }: MailProps<AlreadyRegisteredData>) {
    return (
      <MailLayout locale={locale} subject={subject} preview={t(text.preview)} t={t} consentsUrl={data.consentsUrl}>
        <Text style={mailStyles.text}>{t('greeting', { name: data.firstName })}</Text>
        <Text style={mailStyles.text}>{t(text.body)}</Text>
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
  };
}

export const alreadyRegistered = {
  subject: (t: MailTranslator) => t('existingSubject'),
  Component: existingAddressNotice({ preview: 'existingPreview', body: 'existingBody' }),
};
