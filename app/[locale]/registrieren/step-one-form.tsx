'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '../../_components/form/error-summary';
import { summaryItems } from '../../_components/form/field-errors';
import { PasswordField } from '../../_components/form/password-field';
import { EmailField } from '../../_components/form/email-field';
import { TextField } from '../../_components/form/text-field';
import { useLiveValidation } from '../../_components/form/use-live-validation';
import { submitStepOneAction } from './actions';
import { DialogFlag } from '../../_components/dialog/dialog-context';

type Props = { defaults: { firstName: string; lastName: string; email: string }; passwordKept: boolean };

export function StepOneForm({ defaults, passwordKept }: Props) {
  const t = useTranslations('Registration');
  const [state, action, pending] = useActionState(submitStepOneAction, idleState);
  const { errors, fieldProps } = useLiveValidation(
    () => import('@/lib/validation/registration').then((m) => (passwordKept ? m.stepOneKeepPasswordSchema : m.stepOneSchema)),
    state,
  );
  const values = state.status === 'error' ? { ...defaults, ...state.values } : defaults;
  // Name and address as typed so far: the strength estimate counts a password made of them as weak.
  const [hints, setHints] = useState({ firstName: values.firstName, lastName: values.lastName, email: values.email });
  const withHint = (name: keyof typeof hints) => ({
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      fieldProps(name).onChange(event);
      const value = event.currentTarget.value;
      setHints((prev) => ({ ...prev, [name]: value }));
    },
  });

  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <DialogFlag />
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { firstName: t('firstName'), lastName: t('lastName'), email: t('email'), password: t('password') })}
      />
      <TextField name="firstName" label={t('firstName')} autoComplete="given-name" maxLength={1000} defaultValue={values.firstName} errors={errors.firstName} {...withHint('firstName')} />
      <TextField name="lastName" label={t('lastName')} autoComplete="family-name" maxLength={1000} defaultValue={values.lastName} errors={errors.lastName} {...withHint('lastName')} />
      <EmailField
        name="email"
        label={t('email')}
        hint={t('emailHint')}
        defaultValue={values.email}
        errors={errors.email}
        {...withHint('email')}
      />
      <PasswordField
        name="password"
        label={t('password')}
        hint={passwordKept ? t('passwordKept') : t('passwordHint')}
        errors={errors.password}
        personalHints={Object.values(hints)}
        {...fieldProps('password')}
      />
      <div className="flex justify-end">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('next')}
        </button>
      </div>
    </form>
  );
}
