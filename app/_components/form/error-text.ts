'use client';

import { useTranslations } from 'next-intl';
import { decodeMessage } from '@/lib/validation/messages';

export function useErrorText() {
  const t = useTranslations('Validation');
  return (message: string) => {
    const { key, values } = decodeMessage(message);
    return t.has(key) ? t(key, values) : t('unexpected');
  };
}
