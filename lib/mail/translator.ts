import { createTranslator } from 'next-intl';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import type { Locale } from '@/db/schema';

const messages = { de, en } as const;

export function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] as typeof de, namespace: 'Mail' });
}

export type MailTranslator = ReturnType<typeof mailTranslator>;
