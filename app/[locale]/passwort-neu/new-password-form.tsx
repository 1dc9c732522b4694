'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '../../_components/form/error-summary';
import { summaryItems } from '../../_components/form/field-errors';
import { PasswordField } from '../../_components/form/password-field';
import { useLiveValidation } from '../../_components/form/use-live-validation';
import { setNewPasswordAction } from './actions';

/** `personalHints`: the person's name and address, which make a password weak (as at registration). */
export function NewPasswordForm({ email, personalHints }: { email: string; personalHints: string[] }) {
  const t = useTranslations('PasswordReset');
  const [state, action, pending] = useActionState(setNewPasswordAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/sign-in').then((m) => m.newPasswordSchema), state);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { password: t('password') })}
      />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        name="password"
        label={t('password')}
        hint={t('passwordHint')}
        errors={errors.password}
        personalHints={personalHints}
        {...fieldProps('password')}
      />
      <div className="flex justify-end">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
