'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { useConsoleText } from '../_components/console-text';
import { personAction } from './actions';

/**
 * Find by the exact address, then the buttons that help the person. All forms post to one action, so each answer
 * (with or without JavaScript) shows the person's status as it is now, with what the last button did.
 */
export function PersonSupport() {
  const t = useTranslations('Console.people');
  const { text, notice } = useConsoleText();
  const [state, action, pending] = useActionState(personAction, idleState);
  const answer = state.status === 'success' ? state.data : undefined;
  const person = answer?.person;
  const addressErrors = state.status === 'error' ? (state.fieldErrors.address ?? []) : [];
  const formError = state.status === 'error' ? state.formError : undefined;
  const address = person?.address ?? (state.status === 'error' ? state.values.address : undefined) ?? '';
  const button = (intent: string, label: string) => (
    <form action={action}>
      <input type="hidden" name="address" value={address} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className="button-secondary" disabled={pending}>
        {label}
      </button>
    </form>
  );
  return (
    <div className="flex flex-col gap-8">
      <form action={action} noValidate className="flex max-w-xl flex-col gap-4">
        {formError || addressErrors.length > 0 ? (
          <div role="alert" className="rounded-md border-4 border-danger p-4">
            <p className="font-bold text-danger">{notice('errorSummary')}</p>
            <ul className="mt-2 list-disc pl-5">
              {formError ? <li>{text(formError)}</li> : null}
              {addressErrors.map((message) => (
                <li key={message}>
                  <a className="text-danger underline" href="#person-address">
                    {t('address')}: {text(message)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <input type="hidden" name="intent" value="find" />
        <div className="flex flex-col gap-1">
          <label htmlFor="person-address" className="font-semibold">
            {t('address')}
          </label>
          {addressErrors.length > 0 ? (
            <p id="person-address-error" className="font-semibold text-danger">
              {addressErrors.map(text).join(' ')}
            </p>
          ) : null}
          <input
            id="person-address"
            name="address"
            type="email"
            key={address}
            defaultValue={address}
            autoComplete="off"
            spellCheck={false}
            className="text-input"
            aria-invalid={addressErrors.length > 0 ? true : undefined}
            aria-describedby={addressErrors.length > 0 ? 'person-address-error' : undefined}
          />
        </div>
        <div>
          <button type="submit" className="button-primary" disabled={pending}>
            {t('find')}
          </button>
        </div>
      </form>

      {person ? (
        <section aria-labelledby="person-result-title" className="flex flex-col gap-4 rounded-xl border border-brand-100 p-5">
          <h2 id="person-result-title" className="text-xl font-bold">
            {t('resultTitle', { address: person.address })}
          </h2>
          {answer?.notice ? (
            <p role="status" className="rounded-md border-2 border-success p-3 font-semibold text-success">
              {answer.notice}
            </p>
          ) : null}
          {person.known ? (
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {person.rows.map((row) => (
                <div key={row.label} className="contents">
                  <dt className="font-semibold">{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{t('unknown')}</p>
          )}
          {person.canResend || person.hasProfile || person.throttled ? (
            <div className="flex flex-col gap-4">
              <h3 className="text-lg font-bold">{t('actionsTitle')}</h3>
              <div className="flex flex-wrap gap-3">
                {person.canResend ? button('resend', t('resend')) : null}
                {person.hasProfile ? button('endSessions', t('endSessions')) : null}
                {person.throttled ? button('liftThrottle', t('liftThrottle')) : null}
              </div>
            </div>
          ) : null}
          {person.hasProfile ? (
            <form action={action} className="flex flex-col gap-3 rounded-md border-2 border-danger p-4" aria-labelledby="person-delete-title">
              <h3 id="person-delete-title" className="text-lg font-bold">
                {t('deleteTitle')}
              </h3>
              <p>{t('deleteText')}</p>
              <input type="hidden" name="address" value={person.address} />
              <input type="hidden" name="intent" value="delete" />
              {answer?.confirmMissing ? (
                <p id="person-confirm-error" role="alert" className="font-semibold text-danger">
                  {t('confirmDeleteRequired')}
                </p>
              ) : null}
              <div className="flex items-start gap-3">
                <input
                  id="person-confirm"
                  name="confirmDelete"
                  type="checkbox"
                  className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
                  aria-invalid={answer?.confirmMissing ? true : undefined}
                  aria-describedby={answer?.confirmMissing ? 'person-confirm-error' : undefined}
                />
                <label htmlFor="person-confirm">{t('confirmDelete')}</label>
              </div>
              <div>
                <button type="submit" className="button-primary" disabled={pending}>
                  {t('delete')}
                </button>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
