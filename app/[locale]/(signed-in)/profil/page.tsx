import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Profile' });
  return { title: t('title'), robots: { index: false } };
}

/** "Mein Profil": who is signed in; the sections beside it (layout) lead to everything stored about them. */
export default async function ProfilePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations('Profile')]);
  return (
    <article className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>
          {user.firstName} {user.lastName}
        </dd>
        <dt className="font-semibold">{t('email')}</dt>
        <dd>{user.email}</dd>
      </dl>
    </article>
  );
}
