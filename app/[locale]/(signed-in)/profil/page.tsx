import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/session';
import { detailsToForm } from '@/lib/registration/answers';
import { routes } from '@/lib/routes';
import { DetailsForm } from './details-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ gespeichert?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Profile' });
  return { title: t('title'), robots: { index: false } };
}

/** "Mein Profil", first section "Meine Angaben": the address (changed on its own page) and the editable details. */
export default async function ProfilePage({ params, searchParams }: Props) {
  const [{ locale }, { gespeichert }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [user, t, td] = await Promise.all([requireUser(locale), getTranslations('Profile'), getTranslations('ProfileDetails')]);
  return (
    <article className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      {gespeichert ? (
        <p role="status" className="mb-6 rounded-md border-l-8 border-brand-700 bg-brand-50 p-4 font-semibold">
          {td('saved')}
        </p>
      ) : null}
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t('email')}</dt>
        <dd>
          {user.email}{' '}
          <Link href={routes.profileEmail} className="text-brand-700 underline">
            {td('changeEmail')}
          </Link>
        </dd>
      </dl>
      <h2 className="mb-4 text-2xl font-bold">{td('title')}</h2>
      <p className="mb-6">{td('lead')}</p>
      {/* Keyed by the last save, so the fields show what was stored, not what the form held before. */}
      <DetailsForm key={user.updatedAt.toISOString()} saved={detailsToForm(user)} />
    </article>
  );
}
