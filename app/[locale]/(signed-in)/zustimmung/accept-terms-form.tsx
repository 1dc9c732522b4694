'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { summaryItems } from '@/app/_components/form/field-errors';
import { StepButtons } from '@/app/_components/form/step-buttons';
import { useLiveValidation } from '@/app/_components/form/use-live-validation';
import { signOutAction } from '@/app/_components/sign-out-action';
import { Link } from '@/i18n/navigation';
import { idleState } from '@/lib/forms/form-state';
import { routes } from '@/lib/routes';
import { acceptTermsAction } from './actions';

/** Only the terms' checkbox (the wording of the registration); declining signs the person out. */
export function AcceptTermsForm({ returnTo }: { returnTo: string | undefined }) {
  const t = useTranslations('AcceptTerms');
  const tr = useTranslations('Registration');
  const [state, action, pending] = useActionState(acceptTermsAction, idleState);
  const { errors, validate } = useLiveValidation(() => import('@/lib/validation/consents').then((m) => m.acceptTermsSchema), state);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={summaryItems(errors, { termsOfUse: tr('termsOfUseShort') })}
      />
      {returnTo ? <input type="hidden" name="weiter" value={returnTo} /> : null}
      <CheckboxField
        name="termsOfUse"
        required
        errors={errors.termsOfUse}
        label={tr.rich('termsOfUse', {
          terms: (chunks) => (
            <Link href={routes.terms} target="_blank" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
        onChange={(event) => validate('termsOfUse', event.currentTarget.checked ? 'on' : '')}
      />
      <p className="text-sm text-muted">{t('declineHint')}</p>
      <StepButtons
        forward={
          <button type="submit" className="button-primary" disabled={pending}>
            {t('accept')}
          </button>
        }
        backward={
          <button type="submit" formAction={signOutAction} formNoValidate className="button-secondary">
            {t('decline')}
          </button>
        }
      />
    </form>
  );
}
