import type { Executor } from '@/db';
import type { Locale } from '@/db/schema';
import { enqueueMail } from '@/db/queries/mail-outbox';
import { renderMail } from './render';
import type { MailTemplateData, MailTemplateName } from './templates';

export type SendMailInput<K extends MailTemplateName> = {
  to: string;
  template: K;
  locale: Locale;
  data: MailTemplateData<K>;
  /** When the link the mail carries expires: the stored copy is deleted then, whatever became of it. */
  discardAfter?: Date;
};

/**
 * The one door for mail: renders the template and writes it to the outbox, inside the caller's transaction
 * when given one. Delivery happens later (deliverDueMail), so a slow or failing provider never loses data.
 */
export async function sendMail<K extends MailTemplateName>(db: Executor, input: SendMailInput<K>): Promise<string> {
  const rendered = await renderMail(input.template, input.locale, input.data);
  return enqueueMail(db, {
    to: input.to,
    template: input.template,
    locale: input.locale,
    discardAfter: input.discardAfter ?? null,
    ...rendered,
  });
}
