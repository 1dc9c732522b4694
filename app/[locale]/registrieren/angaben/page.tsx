import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirectTo } from '@/i18n/redirect';
import { readDraft } from '@/lib/registration/draft-cookie';
import { registrationSteps } from '@/lib/registration/routes';
import { RegistrationFrame } from '../_components/registration-frame';
import { StepTwoForm } from './step-two-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Registration' });
  return { title: `${t('title')} – ${t('step', { current: 2, total: 3 })}` };
}

export default async function StepTwoPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const draft = await readDraft();
  if (!draft?.stepOne) redirectTo(registrationSteps.one, locale);
  return (
    <RegistrationFrame step={2}>
      <StepTwoForm defaults={{ ...draft.stepTwo, ...draft.stepTwoEntries }} />
    </RegistrationFrame>
  );
}
