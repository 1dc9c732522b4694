'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { stepTwoSchema } from '@/lib/validation/registration';
import { ErrorSummary } from '../../../_components/form/error-summary';
import { summaryItems } from '../../../_components/form/field-errors';
import { RadioGroup } from '../../../_components/form/radio-group';
import { SelectField } from '../../../_components/form/select-field';
import { StepButtons } from '../../../_components/form/step-buttons';
import { TextField } from '../../../_components/form/text-field';
import { useLiveValidation } from '../../../_components/form/use-live-validation';
import { backToStepOneAction, submitStepTwoAction } from './actions';
import { DialogFlag } from '../../../_components/dialog/dialog-context';

export function StepTwoForm({ defaults }: { defaults: Record<string, string> }) {
  const t = useTranslations('Registration');
  const [state, action, pending] = useActionState(submitStepTwoAction, idleState);
  const { errors, fieldProps } = useLiveValidation(stepTwoSchema, state);
  const values: Record<string, string> = state.status === 'error' ? { ...defaults, ...state.values } : defaults;
  const yesNo = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  const voluntary = (label: string) => `${label} ${t('voluntary')}`;

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <DialogFlag />
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, {
          officeWorkplace: t('officeWorkplace'),
          disciplinaryReports: t('disciplinaryReports'),
          birthYear: voluntary(t('birthYear')),
          gender: voluntary(t('gender')),
          language: voluntary(t('language')),
        })}
      />
      <RadioGroup name="officeWorkplace" legend={t('officeWorkplace')} options={yesNo} defaultValue={values.officeWorkplace} errors={errors.officeWorkplace} {...fieldProps('officeWorkplace')} />
      <RadioGroup
        name="disciplinaryReports"
        legend={t('disciplinaryReports')}
        options={yesNo}
        defaultValue={values.disciplinaryReports}
        errors={errors.disciplinaryReports}
        {...fieldProps('disciplinaryReports')}
      />
      <TextField
        name="birthYear"
        label={voluntary(t('birthYear'))}
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
        label={voluntary(t('gender'))}
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
        label={voluntary(t('language'))}
        defaultValue={values.language ?? ''}
        errors={errors.language}
        options={[
          { value: '', label: t('languageNone') },
          { value: 'de', label: t('languageDe') },
          { value: 'en', label: t('languageEn') },
        ]}
        {...fieldProps('language')}
      />
      <StepButtons
        forward={
          <button type="submit" className="button-primary" disabled={pending}>
            {t('register')}
          </button>
        }
        backward={
          <button type="submit" formAction={backToStepOneAction} formNoValidate className="button-secondary">
            {t('back')}
          </button>
        }
      />
    </form>
  );
}
