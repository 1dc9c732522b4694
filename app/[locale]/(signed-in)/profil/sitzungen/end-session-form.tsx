'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { endSessionAction } from './actions';

/** "Beenden" for one session; `describedBy` names the session the button ends (browser and times). */
export function EndSessionForm({ sessionId, describedBy }: { sessionId: string; describedBy: string }) {
  const t = useTranslations('ProfileSessions');
  const [state, action, pending] = useActionState(endSessionAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      {state.status === 'error' ? (
        <p role="alert" className="mb-2 font-semibold text-danger">
          {t('endFailed')}
        </p>
      ) : null}
      <button type="submit" className="button-secondary" aria-describedby={describedBy} disabled={pending}>
        {t('end')}
      </button>
    </form>
  );
}
