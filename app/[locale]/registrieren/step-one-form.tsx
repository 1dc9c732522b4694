'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { stepOneKeepPasswordSchema, stepOneSchema } from '@/lib/validation/registration';
import { ErrorSummary } from '../../_components/form/error-summary';
import { summaryItems } from '../../_components/form/field-errors';
import { PasswordField } from '../../_components/form/password-field';
import { TextField } from '../../_components/form/text-field';
import { useLiveValidation } from '../../_components/form/use-live-validation';
import { submitStepOneAction } from './actions';

type Props = { defaults: { firstName: string; lastName: string; email: string }; passwordKept: boolean };

export function StepOneForm({ defaults, passwordKept }: Props) {
  const t = useTranslations('Registration');
  const [state, action, pending] = useActionState(submitStepOneAction, idleState);
  const { errors, fieldProps } = useLiveValidation(
    passwordKept ? stepOneKeepPasswordSchema : stepOneSchema,
    state,
  );
  const values = state.status === 'error' ? { ...defaults, ...state.values } : defaults;
  const [hints, setHints] = useState([values.firstName, values.lastName, values.email]);
  const track = (index: number) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setHints((prev) => prev.map((h, i) => (i === index ? value : h)));
  };
  const withHint = (name: 'firstName' | 'lastName' | 'email', index: number) => {
    const props = fieldProps(name);
    return {
      ...props,
      onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
        props.onChange(event);
        track(index)(event);
      },
    };
  };

  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, ['firstName', 'lastName', 'email', 'password'])}
      />
      <TextField name="firstName" label={t('firstName')} autoComplete="given-name" maxLength={1000} defaultValue={values.firstName} errors={errors.firstName} {...withHint('firstName', 0)} />
      <TextField name="lastName" label={t('lastName')} autoComplete="family-name" maxLength={1000} defaultValue={values.lastName} errors={errors.lastName} {...withHint('lastName', 1)} />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="email"
        spellCheck={false}
        maxLength={1000}
        defaultValue={values.email}
        errors={errors.email}
        {...withHint('email', 2)}
      />
      <PasswordField
        name="password"
        label={t('password')}
        hint={passwordKept ? t('passwordKept') : t('passwordHint')}
        errors={errors.password}
        personalHints={hints}
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
