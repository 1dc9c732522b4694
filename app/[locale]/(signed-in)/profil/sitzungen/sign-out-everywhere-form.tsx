'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '../../../../_components/form/error-summary';
import { summaryItems } from '../../../../_components/form/field-errors';
import { TextField } from '../../../../_components/form/text-field';
import { useLiveValidation } from '../../../../_components/form/use-live-validation';
import { signOutEverywhereAction } from './actions';

/** "Überall abmelden", after the current password (`email` lets password managers pick the right entry). */
export function SignOutEverywhereForm({ email }: { email: string }) {
  const t = useTranslations('ProfileSessions');
  const [state, action, pending] = useActionState(signOutEverywhereAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/profile-data').then((m) => m.signOutEverywhereFormSchema), state);
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { currentPassword: t('currentPassword') })}
      />
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
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('everywhereSubmit')}
        </button>
      </div>
    </form>
  );
}
