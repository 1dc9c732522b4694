import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { requestedPath } from '@/lib/http/request-path';
import { TextPage } from './text-page';

/**
 * In place of a page that cannot be served just now (its database does not answer), rendered on the server, so a
 * browser without JavaScript reads it too; "Erneut versuchen" is a link to the same address.
 */
export async function UnavailableContent() {
  const [t, path] = await Promise.all([getTranslations('Error'), headers().then(requestedPath)]);
  return (
    <TextPage title={t('title')}>
      <p>{t('text')}</p>
      <a href={path} className="button-secondary">
        {t('retry')}
      </a>
    </TextPage>
  );
}
