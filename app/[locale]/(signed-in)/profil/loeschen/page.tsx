import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireUser } from '@/lib/auth/session';
import { AUDIT_EVENT_RETENTION_YEARS, CONSENT_PROOF_RETENTION_YEARS } from '@/lib/legal/retention';
import { DeleteProfileForm } from './delete-profile-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'ProfileDelete' });
  return { title: t('title'), robots: { index: false } };
}

/** "Profil löschen": what goes, what is kept and how long (lib/legal/retention.ts), then the form. */
export default async function DeleteProfilePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [user, t] = await Promise.all([requireUser(locale), getTranslations('ProfileDelete')]);
  return (
    <article className="prose-page">
      <h1 className="mb-6 text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p>{t('lead')}</p>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t('deletedTitle')}</h2>
      <p>{t('deleted')}</p>
      <h2 className="mb-2 mt-8 text-2xl font-bold">{t('keptTitle')}</h2>
      <ul className="mb-4 max-w-prose list-disc space-y-2 pl-6">
        <li>{t('keptConsents', { years: CONSENT_PROOF_RETENTION_YEARS })}</li>
        <li>{t('keptEvents', { years: AUDIT_EVENT_RETENTION_YEARS })}</li>
      </ul>
      <p>{t('keptHow')}</p>
      <section aria-labelledby="delete-form-title" className="mt-10 rounded-xl border-2 border-danger p-5">
        <h2 id="delete-form-title" className="mb-4 text-2xl font-bold text-danger">
          {t('formTitle')}
        </h2>
        <DeleteProfileForm email={user.email} />
      </section>
    </article>
  );
}
