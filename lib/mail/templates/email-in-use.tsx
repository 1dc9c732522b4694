import type { MailTranslator } from '../translator';
import { type AlreadyRegisteredData, existingAddressNotice } from './already-registered';

/** To the owner of an address someone asked to move to their own profile (see existingAddressNotice). */
export type EmailInUseData = AlreadyRegisteredData;

export const emailInUse = {
  subject: (t: MailTranslator) => t('emailInUseSubject'),
  Component: existingAddressNotice({ preview: 'emailInUsePreview', body: 'emailInUseBody' }),
};
