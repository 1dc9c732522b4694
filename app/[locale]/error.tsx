'use client';

import { useTranslations } from 'next-intl';

// Shown instead of a stack trace; the cause is in the server log. "Erneut versuchen" fetches the page again from
// the server (retry), so it works once the cause has passed: reset() would only re-render the failed answer.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert" className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p>{t('text')}</p>
      <button type="button" className="button-secondary" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}
