'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '../../_components/form/error-summary';
import { summaryItems } from '../../_components/form/field-errors';
import { EmailField } from '../../_components/form/email-field';
import { useLiveValidation } from '../../_components/form/use-live-validation';
import { resendConfirmationAction } from './actions';

export function ResendForm() {
  const t = useTranslations('ResendConfirmation');
  const [state, action, pending] = useActionState(resendConfirmationAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/resend-confirmation').then((m) => m.resendConfirmationSchema), state);
  const values = state.status === 'error' ? state.values : {};
  const answer = state.status === 'success' ? state.data : undefined;
  return (
    <form action={action} noValidate className="mt-6 flex max-w-xl flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { email: t('email') })}
      />
      {answer?.outcome === 'sent' ? (
        <p role="status" className="rounded-md border-2 border-success p-4 font-semibold text-success">
          {t('sent', { email: answer.email })}
        </p>
      ) : null}
      {answer?.outcome === 'limited' ? (
        <div role="alert" className="rounded-md border-4 border-danger p-4">
          <h2 className="text-lg font-bold text-danger">{t('limitedTitle')}</h2>
          <p className="mt-2">{t('limited', { minutes: answer.minutes })}</p>
        </div>
      ) : null}
      <EmailField
        name="email"
        label={t('email')}
        defaultValue={values.email ?? ''}
        key={answer ? 'answered' : 'edit'}
        errors={errors.email}
        {...fieldProps('email')}
      />
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
