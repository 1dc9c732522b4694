'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { CheckboxField } from '../../../../_components/form/checkbox-field';
import { ErrorSummary } from '../../../../_components/form/error-summary';
import { summaryItems } from '../../../../_components/form/field-errors';
import { TextField } from '../../../../_components/form/text-field';
import { useLiveValidation } from '../../../../_components/form/use-live-validation';
import { deleteProfileAction } from './actions';

/** The current password and an explicit tick, then "Profil löschen" (`email` helps password managers). */
export function DeleteProfileForm({ email }: { email: string }) {
  const t = useTranslations('ProfileDelete');
  const [state, action, pending] = useActionState(deleteProfileAction, idleState);
  const { errors, fieldProps, validate } = useLiveValidation(() => import('@/lib/validation/profile-data').then((m) => m.deleteProfileFormSchema), state);
  return (
    <form action={action} noValidate className="flex max-w-xl flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { currentPassword: t('currentPassword'), confirmDeletion: t('confirmShort') })}
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
      <CheckboxField
        name="confirmDeletion"
        required
        label={t('confirm')}
        errors={errors.confirmDeletion}
        onChange={(event) => validate('confirmDeletion', event.currentTarget.checked ? 'on' : '')}
      />
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
