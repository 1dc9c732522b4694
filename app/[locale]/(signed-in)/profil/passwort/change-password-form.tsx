'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { summaryItems } from '@/app/_components/form/field-errors';
import { PasswordField } from '@/app/_components/form/password-field';
import { TextField } from '@/app/_components/form/text-field';
import { useLiveValidation } from '@/app/_components/form/use-live-validation';
import { changePasswordAction } from './actions';

/** `personalHints`: the person's name and address, which make a password weak (as at registration). */
export function ChangePasswordForm({ email, personalHints }: { email: string; personalHints: string[] }) {
  const t = useTranslations('ProfilePassword');
  const [state, action, pending] = useActionState(changePasswordAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/profile-access').then((m) => m.changePasswordFormSchema), state);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { currentPassword: t('currentPassword'), newPassword: t('newPassword') })}
      />
      {/* Lets password managers store the new password under the right account. */}
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
      <PasswordField
        name="newPassword"
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        errors={errors.newPassword}
        personalHints={personalHints}
        {...fieldProps('newPassword')}
      />
      <div className="flex justify-end">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
