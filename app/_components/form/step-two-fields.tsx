'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/forms/form-state';
import type { StepTwo } from '@/lib/validation/registration';
import { RadioGroup } from './radio-group';
import { SelectField } from './select-field';
import { TextField } from './text-field';

type FieldProps = (name: string) => { onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void };

/** The step-2 questions' labels, in page order, for the error summary (the voluntary ones say so). */
export function useStepTwoLabels(): Record<keyof StepTwo, string> {
  const t = useTranslations('Registration');
  const voluntary = (label: string) => `${label} ${t('voluntary')}`;
  return {
    officeWorkplace: t('officeWorkplace'),
    disciplinaryReports: t('disciplinaryReports'),
    birthYear: voluntary(t('birthYear')),
    gender: voluntary(t('gender')),
    language: voluntary(t('language')),
  };
}

/**
 * The registration's step-2 questions (workplace, line manager, Geburtsjahr, Geschlecht, Sprache), shared by the
 * registration and "Meine Angaben" on the profile, so both ask the same way and validate with stepTwoSchema.
 */
export function StepTwoFields({ values, errors, fieldProps }: { values: Partial<Record<keyof StepTwo, string>>; errors: FieldErrors; fieldProps: FieldProps }) {
  const t = useTranslations('Registration');
  const labels = useStepTwoLabels();
  const yesNo = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  return (
    <>
      <RadioGroup name="officeWorkplace" legend={labels.officeWorkplace} options={yesNo} defaultValue={values.officeWorkplace} errors={errors.officeWorkplace} {...fieldProps('officeWorkplace')} />
      <RadioGroup
        name="disciplinaryReports"
        legend={labels.disciplinaryReports}
        options={yesNo}
        defaultValue={values.disciplinaryReports}
        errors={errors.disciplinaryReports}
        {...fieldProps('disciplinaryReports')}
      />
      <TextField
        name="birthYear"
        label={labels.birthYear}
        hint={t('birthYearHint')}
        inputMode="numeric"
        autoComplete="bday-year"
        maxLength={20}
        className="text-input max-w-40"
        defaultValue={values.birthYear ?? ''}
        errors={errors.birthYear}
        {...fieldProps('birthYear')}
      />
      <SelectField
        name="gender"
        label={labels.gender}
        defaultValue={values.gender ?? ''}
        errors={errors.gender}
        options={[
          { value: '', label: t('genderNone') },
          { value: 'female', label: t('female') },
          { value: 'male', label: t('male') },
          { value: 'diverse', label: t('diverse') },
        ]}
        {...fieldProps('gender')}
      />
      <SelectField
        name="language"
        label={labels.language}
        defaultValue={values.language ?? ''}
        errors={errors.language}
        options={[
          { value: '', label: t('languageNone') },
          { value: 'de', label: t('languageDe') },
          { value: 'en', label: t('languageEn') },
        ]}
        {...fieldProps('language')}
      />
    </>
  );
}
