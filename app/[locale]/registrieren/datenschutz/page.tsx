import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirectTo } from '@/i18n/redirect';
import { readDraft } from '@/lib/registration/draft-cookie';
import { registrationSteps } from '@/lib/registration/routes';
import { PrivacyNoticeSections } from '../../../_components/privacy-notice';
import { RegistrationFrame } from '../_components/registration-frame';
import { ConsentForm } from './consent-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Registration' });
  return { title: `${t('title')} – ${t('step', { current: 3, total: 3 })}` };
}

export default async function ConsentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const draft = await readDraft();
  if (!draft?.stepOne) redirectTo(registrationSteps.one, locale);
  if (!draft.stepTwo) redirectTo(registrationSteps.two, locale);
  const t = await getTranslations('Registration');
  return (
    <RegistrationFrame step={3}>
      <h2 className="text-xl font-bold">{t('privacyTitle')}</h2>
      <p className="mt-1">{t('privacyIntro')}</p>
      <div
        tabIndex={0}
        role="region"
        aria-label={t('privacyTitle')}
        className="my-6 max-h-96 overflow-y-auto rounded-xl border border-brand-100 bg-brand-50 p-5"
      >
        <PrivacyNoticeSections heading="h3" />
      </div>
      <ConsentForm />
    </RegistrationFrame>
  );
}
