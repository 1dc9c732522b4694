'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { summaryItems } from '@/app/_components/form/field-errors';
import { StepTwoFields, useStepTwoLabels } from '@/app/_components/form/step-two-fields';
import { TextField } from '@/app/_components/form/text-field';
import { useLiveValidation } from '@/app/_components/form/use-live-validation';
import { idleState } from '@/lib/forms/form-state';
import type { ProfileDetailsForm } from '@/lib/validation/registration';
import { saveProfileDetailsAction } from './actions';

/** The name and the registration's step-2 answers, validated as at registration (the same schema and fields). */
export function DetailsForm({ saved }: { saved: ProfileDetailsForm }) {
  const t = useTranslations('ProfileDetails');
  const tr = useTranslations('Registration');
  const [state, action, pending] = useActionState(saveProfileDetailsAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/registration').then((m) => m.profileDetailsSchema), state);
  const stepTwoLabels = useStepTwoLabels();
  const values: Partial<Record<keyof ProfileDetailsForm, string>> = state.status === 'error' ? { ...saved, ...state.values } : saved;

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <ErrorSummary
        submission={state}
        title={tr('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { firstName: tr('firstName'), lastName: tr('lastName'), ...stepTwoLabels })}
      />
      <TextField name="firstName" label={tr('firstName')} autoComplete="given-name" maxLength={1000} defaultValue={values.firstName} errors={errors.firstName} {...fieldProps('firstName')} />
      <TextField name="lastName" label={tr('lastName')} autoComplete="family-name" maxLength={1000} defaultValue={values.lastName} errors={errors.lastName} {...fieldProps('lastName')} />
      <StepTwoFields values={values} errors={errors} fieldProps={fieldProps} />
      <div className="flex justify-end">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
