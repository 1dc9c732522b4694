'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { idleState } from '@/lib/forms/form-state';
import { saveEmailInformationAction } from './actions';

/** One box and one button, with or without JavaScript: ticked gives the consent, unticked withdraws it. */
export function EmailInformationForm({ granted }: { granted: boolean }) {
  const t = useTranslations('ProfileConsents');
  const tr = useTranslations('Registration');
  const [state, action, pending] = useActionState(saveEmailInformationAction, idleState);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <ErrorSummary submission={state} title={tr('errorSummary')} formError={state.status === 'error' ? state.formError : undefined} items={[]} />
      <p className="text-sm text-muted">{t('emailHint')}</p>
      <CheckboxField name="emailInformation" label={tr('emailInformation')} defaultChecked={granted} />
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
