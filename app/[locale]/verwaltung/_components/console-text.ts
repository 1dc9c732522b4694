'use client';

import { useTranslations } from 'next-intl';
import { decodeMessage } from '@/lib/validation/messages';

type ConsoleKey = Parameters<ReturnType<typeof useTranslations<'Console'>>>[0];

/**
 * Console answers in the page's language: a refused operation's code (Console.refusals, lib/forms/operator-action.ts),
 * a success notice (a key in Console), or a Validation key from the shared zod pieces.
 */
export function useConsoleText() {
  const t = useTranslations('Console');
  const validation = useTranslations('Validation');
  const text = (message: string) => {
    const { key, values } = decodeMessage(message);
    const consoleKey = key as string as ConsoleKey;
    if (key.startsWith('refusals.') && t.has(consoleKey)) return t(consoleKey, values);
    return validation.has(key) ? validation(key, values) : validation('unexpected');
  };
  const notice = (key: string, values?: Record<string, string | number>) => t(key as ConsoleKey, values);
  return { text, notice };
}
