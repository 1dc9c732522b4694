'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Link } from '@/i18n/navigation';
import { idleState } from '@/lib/forms/form-state';
import { DialogFlag } from '../../_components/dialog/dialog-context';
import { ErrorSummary } from '../../_components/form/error-summary';
import { summaryItems } from '../../_components/form/field-errors';
import { EmailField } from '../../_components/form/email-field';
import { TextField } from '../../_components/form/text-field';
import { useLiveValidation } from '../../_components/form/use-live-validation';
import { signInAction } from './actions';
import { routes } from '@/lib/routes';

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('SignIn');
  const [state, action, pending] = useActionState(signInAction, idleState);
  const { errors, fieldProps } = useLiveValidation(() => import('@/lib/validation/sign-in').then((m) => m.signInSchema), state);
  const values = state.status === 'error' ? state.values : {};
  const formError = state.status === 'error' ? state.formError : undefined;

  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <DialogFlag />
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={formError}
        items={summaryItems(errors, { email: t('email'), password: t('password') })}
      />
      {formError === 'signInUnconfirmed' ? (
        <p className="-mt-4">
          <Link href={routes.resendConfirmation} className="font-semibold underline">
            {t('resendConfirmation')}
          </Link>
        </p>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <EmailField
        name="email"
        label={t('email')}
        autoComplete="username"
        defaultValue={values.email ?? ''}
        errors={errors.email}
        {...fieldProps('email')}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        maxLength={1000}
        errors={errors.password}
        {...fieldProps('password')}
      />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <Link href={routes.forgotPassword} className="underline">
          {t('forgotPassword')}
        </Link>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
