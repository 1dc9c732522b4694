'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '../../../_components/form/error-summary';
import { EmailField } from '../../../_components/form/email-field';
import { useLiveValidation } from '../../../_components/form/use-live-validation';
import { sendTestMailAction } from './actions';
import { summaryItems } from '../../../_components/form/field-errors';

export function TestMailForm() {
  const t = useTranslations('Mailbox');
  const [state, action, pending] = useActionState(sendTestMailAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/test-mail').then((m) => m.testMailSchema), state);
  const values = state.status === 'error' ? state.values : {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-brand-100 p-5">
      <h2 className="text-xl font-bold">{t('testTitle')}</h2>
      <p>{t('testIntro')}</p>
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { to: t('testTo') })}
      />
      {state.status === 'success' ? (
        <p role="status" className="font-semibold text-success">
          {t('testSent', { to: state.data.to })}
        </p>
      ) : null}
      <EmailField
        name="to"
        label={t('testTo')}
        defaultValue={values.to ?? ''}
        key={state.status === 'success' ? 'sent' : 'edit'}
        errors={errors.to}
        {...fieldProps('to')}
      />
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('testSubmit')}
        </button>
      </div>
    </form>
  );
}
