import { render } from '@react-email/render';
import { createElement, type ReactElement } from 'react';
import type { MailProps } from './templates/mail-layout';
import type { Locale } from '@/db/schema';
// The registry's union of components narrows to the one for K, which TypeScript cannot see on its own.
import { type MailTemplateData, type MailTemplateName, mailTemplates } from './templates';
import { mailTranslator } from './translator';

export type RenderedMail = { subject: string; html: string; text: string };

export async function renderMail<K extends MailTemplateName>(
  template: K,
  locale: Locale,
  data: MailTemplateData<K>,
): Promise<RenderedMail> {
  const t = mailTranslator(locale);
  const { Component, subject } = mailTemplates[template] as unknown as {
    Component: (props: MailProps<MailTemplateData<K>>) => ReactElement;
    subject: (t: ReturnType<typeof mailTranslator>) => string;
  };
  const title = subject(t);
  const element = createElement(Component, { locale, subject: title, t, data });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: title, html, text };
}
