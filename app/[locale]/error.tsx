'use client';

import { useTranslations } from 'next-intl';

// Shown instead of a stack trace; the cause is in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert" className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p>{t('text')}</p>
      <button type="button" className="button-secondary" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  );
}
