'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { EmailField } from '@/app/_components/form/email-field';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { summaryItems } from '@/app/_components/form/field-errors';
import { TextField } from '@/app/_components/form/text-field';
import { useLiveValidation } from '@/app/_components/form/use-live-validation';
import { requestEmailChangeAction } from './actions';

export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations('ProfileEmail');
  const [state, action, pending] = useActionState(requestEmailChangeAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/profile-access').then((m) => m.changeEmailFormSchema), state);
  const values = state.status === 'error' ? state.values : {};
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { newEmail: t('newEmail'), currentPassword: t('currentPassword') })}
      />
      <EmailField name="newEmail" label={t('newEmail')} defaultValue={values.newEmail ?? ''} errors={errors.newEmail} {...fieldProps('newEmail')} />
      {/* The account the current password belongs to, for password managers. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        maxLength={1000}
        errors={errors.currentPassword}
        {...fieldProps('currentPassword')}
      />
      <div className="flex justify-end">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
