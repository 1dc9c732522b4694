'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from '@/app/_components/form/error-summary';
import { confirmEmailChangeAction } from './actions';

export function ConfirmEmailChangeForm() {
  const t = useTranslations('ProfileEmailConfirm');
  const [state, action, pending] = useActionState(confirmEmailChangeAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-5">
      <ErrorSummary
        submission={state}
        title={t('errorSummary')}
        formError={state.status === 'error' ? state.formError : undefined}
        items={[]}
      />
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('confirm')}
        </button>
      </div>
    </form>
  );
}
