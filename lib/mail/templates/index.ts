import { alreadyRegistered } from './already-registered';
import { confirmEmail } from './confirm-email';
import { emailChangeConfirm } from './email-change-confirm';
import { emailChanged } from './email-changed';
import { emailInUse } from './email-in-use';
import { passwordChanged } from './password-changed';
import { passwordReset } from './password-reset';
import { testMail } from './test-mail';

/** Every mail the portal sends. Each entry: how to build the subject, and the React Email component. */
export const mailTemplates = {
  test: testMail,
  'confirm-email': confirmEmail,
  'already-registered': alreadyRegistered,
  'password-reset': passwordReset,
  'password-changed': passwordChanged,
  'email-change-confirm': emailChangeConfirm,
  'email-changed': emailChanged,
  'email-in-use': emailInUse,
};

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<K extends MailTemplateName> = Parameters<(typeof mailTemplates)[K]['Component']>[0]['data'];
