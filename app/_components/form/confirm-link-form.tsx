'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { type FormState, idleState } from '@/lib/forms/form-state';
import { ErrorSummary } from './error-summary';

type Props = {
  /** The POST that does what the mailed link stands for (the link itself only showed this page). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Where the button's text (`confirm`) and the summary's title (`errorSummary`) are. */
  namespace: 'ConfirmRegistration' | 'ProfileEmailConfirm';
};

/** The one button of a page a mailed link opens: a mail scanner fetching the link never presses it. */
export function ConfirmLinkForm({ action: confirm, namespace }: Props) {
  const t = useTranslations(namespace);
  const [state, action, pending] = useActionState(confirm, idleState);
  return (
    <form action={action} className="flex flex-col gap-5">
      <ErrorSummary submission={state} title={t('errorSummary')} formError={state.status === 'error' ? state.formError : undefined} items={[]} />
      <div>
        <button type="submit" className="button-primary" disabled={pending}>
          {t('confirm')}
        </button>
      </div>
    </form>
  );
}
