import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { DialogLink } from '../../_components/dialog/dialog-link';

/** The sign-in mask: the page at /anmelden, and the same content in the dialog over the current page. */
export async function SignInPanel() {
  const t = await getTranslations('SignIn');
  return (
    <article className="prose-page">
      <h1 id="sign-in-title" className="mb-6 text-3xl font-bold text-brand-800">
        {t('title')}
      </h1>
      <p>{t('comingSoon')}</p>
      <p>{t('noProfile')}</p>
      <div className="flex flex-wrap gap-4">
        <DialogLink href="/registrieren" className="button-primary">
          {t('register')}
        </DialogLink>
        <Link href="/" className="button-secondary">
          {t('backHome')}
        </Link>
      </div>
    </article>
  );
}
