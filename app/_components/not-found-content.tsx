import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { TextPage } from './text-page';
import { routes } from '@/lib/routes';

export async function NotFoundContent() {
  const t = await getTranslations('NotFound');
  return (
    <TextPage title={t('title')}>
      <p>{t('text')}</p>
      <Link href={routes.home} className="button-secondary">
        {t('backHome')}
      </Link>
    </TextPage>
  );
}
