'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { DialogFlag } from '@/app/_components/dialog/dialog-context';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { summaryItems } from '@/app/_components/form/field-errors';
import { StepButtons } from '@/app/_components/form/step-buttons';
import { StepTwoFields, useStepTwoLabels } from '@/app/_components/form/step-two-fields';
import { useLiveValidation } from '@/app/_components/form/use-live-validation';
import { backToStepOneAction, submitStepTwoAction } from './actions';

export function StepTwoForm({ defaults }: { defaults: Record<string, string> }) {
  const t = useTranslations('Registration');
  const [state, action, pending] = useActionState(submitStepTwoAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/registration').then((m) => m.stepTwoSchema), state);
  const labels = useStepTwoLabels();
  const values: Record<string, string> = state.status === 'error' ? { ...defaults, ...state.values } : defaults;

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <DialogFlag />
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, labels)}
      />
      <StepTwoFields values={values} errors={errors} fieldProps={fieldProps} />
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
