import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/lib/database';
import { Link } from '@/i18n/navigation';
import { findResetLinkOwner } from '@/lib/auth/password-reset';
import { resetLink } from '@/lib/auth/reset-link-cookie';
import { TextPage } from '../../_components/text-page';
import { NewPasswordForm } from './new-password-form';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'PasswordReset' });
  return { title: t('newTitle'), robots: { index: false } };
}

/** Reached from the reset mail through /passwort-zuruecksetzen, which left the token in a sealed cookie. */
export default async function NewPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('PasswordReset');
  const owner = await findResetLinkOwner(await getDatabase(), await resetLink.read());
  if (!owner) {
    return (
      <TextPage title={t('invalidTitle')}>
        <p>{t('invalidText')}</p>
        <Link href={routes.forgotPassword} className="button-primary">
          {t('requestNew')}
        </Link>
      </TextPage>
    );
  }
  return (
    <TextPage title={t('newTitle')}>
      <p>{t('newLead', { email: owner.email })}</p>
      <NewPasswordForm email={owner.email} personalHints={[owner.firstName, owner.lastName, owner.email]} />
    </TextPage>
  );
}
