import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { readDraft } from '@/lib/registration/draft-cookie';
import { RegistrationFrame } from './_components/registration-frame';
import { StepOneForm } from './step-one-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Registration' });
  return { title: `${t('title')} – ${t('step', { current: 1, total: 3 })}` };
}

export default async function StepOnePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const stepOne = (await readDraft())?.stepOne;
  return (
    <RegistrationFrame step={1}>
      <StepOneForm
        defaults={{ firstName: stepOne?.firstName ?? '', lastName: stepOne?.lastName ?? '', email: stepOne?.email ?? '' }}
        passwordKept={Boolean(stepOne)}
      />
    </RegistrationFrame>
  );
}
