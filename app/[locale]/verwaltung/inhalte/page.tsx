import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listContentItems } from '@/db/queries/content-admin';
import { Link } from '@/i18n/navigation';
import { requireOperator } from '@/lib/auth/operator';
import { getDatabase } from '@/lib/database';
import { consolePaths } from '../_components/sections';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Console.content' });
  return { title: t('title') };
}

export default async function ContentListPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireOperator();
  const [t, tConsole, items] = await Promise.all([
    getTranslations('Console.content'),
    getTranslations('Console'),
    getDatabase().then((db) => listContentItems(db)),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <div>
        <Link href={consolePaths.newContent} className="button-primary">
          {t('new')}
        </Link>
      </div>
      <section aria-labelledby="content-list-title" className="flex flex-col gap-4">
        <h2 id="content-list-title" className="text-xl font-bold">
          {t('listTitle')}
        </h2>
        {items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-brand-100">
                  <th scope="col" className="p-2">{t('itemTitle')}</th>
                  <th scope="col" className="p-2">{t('audience')}</th>
                  <th scope="col" className="p-2">{t('published')}</th>
                  <th scope="col" className="p-2">{t('unlockedFor')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.slug} className="border-b border-brand-100">
                    <th scope="row" className="p-2 font-semibold">
                      <Link href={consolePaths.contentItem(item.slug)} className="text-brand-700 underline" aria-label={t('editLabel', { title: item.title })}>
                        {item.title}
                      </Link>
                      <span className="block text-sm font-normal text-muted">{item.slug}</span>
                    </th>
                    <td className="p-2">{t(`audiences.${item.audience}`)}</td>
                    <td className="p-2">{item.published ? tConsole('yes') : tConsole('no')}</td>
                    <td className="p-2">{item.unlockedFor.length > 0 ? item.unlockedFor.join(', ') : t('nobody')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
