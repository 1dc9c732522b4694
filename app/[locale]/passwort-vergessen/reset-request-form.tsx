'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '../../_components/form/error-summary';
import { summaryItems } from '../../_components/form/field-errors';
import { EmailField } from '../../_components/form/email-field';
import { useLiveValidation } from '../../_components/form/use-live-validation';
import { requestResetAction } from './actions';

export function ResetRequestForm() {
  const t = useTranslations('PasswordReset');
  const [state, action, pending] = useActionState(requestResetAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/sign-in').then((m) => m.resetRequestSchema), state);
  const values = state.status === 'error' ? state.values : {};
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { email: t('email') })}
      />
      <EmailField
        name="email"
        label={t('email')}
        defaultValue={values.email ?? ''}
        errors={errors.email}
        {...fieldProps('email')}
      />
      <div className="flex justify-end">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
