import { alreadyRegistered } from './already-registered';
import { confirmEmail } from './confirm-email';
import { passwordReset } from './password-reset';
import { testMail } from './test-mail';

/** Every mail the portal sends. Each entry: how to build the subject, and the React Email component. */
export const mailTemplates = {
  test: testMail,
  'confirm-email': confirmEmail,
  'already-registered': alreadyRegistered,
  'password-reset': passwordReset,
};

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<K extends MailTemplateName> = Parameters<(typeof mailTemplates)[K]['Component']>[0]['data'];
