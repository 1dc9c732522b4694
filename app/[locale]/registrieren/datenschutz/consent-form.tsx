'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Link } from '@/i18n/navigation';
import { idleState } from '@/lib/forms/form-state';
import { CheckboxField } from '../../../_components/form/checkbox-field';
import { ErrorSummary } from '../../../_components/form/error-summary';
import { summaryItems } from '../../../_components/form/field-errors';
import { StepButtons } from '../../../_components/form/step-buttons';
import { useLiveValidation } from '../../../_components/form/use-live-validation';
import { acceptRegistrationAction, declineRegistrationAction } from './actions';
import { DialogFlag } from '../../../_components/dialog/dialog-context';
import { routes } from '@/lib/routes';

export function ConsentForm() {
  const t = useTranslations('Registration');
  const [state, action, pending] = useActionState(acceptRegistrationAction, idleState);
  const { errors, validate } = useLiveValidation(() => import('@/lib/validation/registration').then((m) => m.consentSchema), state);
  const onToggle = (name: string) => ({
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => validate(name, event.currentTarget.checked ? 'on' : ''),
  });
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <DialogFlag />
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { termsOfUse: t('termsOfUseShort') })}
      />
      <CheckboxField
        name="termsOfUse"
        required
        errors={errors.termsOfUse}
        label={t.rich('termsOfUse', {
          terms: (chunks) => (
            <Link href={routes.terms} target="_blank" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
        {...onToggle('termsOfUse')}
      />
      <CheckboxField name="emailInformation" label={t('emailInformation')} />
      <StepButtons
        forward={
          <button type="submit" className="button-primary" disabled={pending}>
            {t('accept')}
          </button>
        }
        backward={
          <button type="submit" formAction={declineRegistrationAction} formNoValidate className="button-secondary">
            {t('decline')}
          </button>
        }
      />
    </form>
  );
}
