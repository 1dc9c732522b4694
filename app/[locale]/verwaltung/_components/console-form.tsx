'use client';

import { useActionState } from 'react';
import { type FormState, idleState } from '@/lib/forms/form-state';
import type { ConsoleNotice } from '@/lib/forms/console-notice';
import { useConsoleText } from './console-text';
import { type ConsoleField, ConsoleFieldView } from './console-field';

export type ConsoleFormAction = (previous: FormState<string, ConsoleNotice>, formData: FormData) => Promise<FormState<string, ConsoleNotice>>;

type Props = {
  action: ConsoleFormAction;
  /** Unique on the page: every field id and the heading's id start with it. */
  id: string;
  title?: string;
  fields: ConsoleField[];
  submit: string;
  /** The button's accessible name where its text alone is ambiguous ("Remove" beside several domains). */
  submitLabel?: string;
  variant?: 'primary' | 'secondary';
  className?: string;
};

/**
 * Every console form: fields, the errors of the last answer beside their fields (and listed above them), or its
 * notice. A server action form, so it works without JavaScript too.
 */
export function ConsoleForm({ action, id, title, fields, submit, submitLabel, variant = 'primary', className }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const { text, notice } = useConsoleText();
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : {};
  const labelled = fields.flatMap((f) => (f.kind === 'hidden' ? [] : [{ name: f.name, label: f.kind === 'checkboxes' ? f.legend : f.label }]));
  const listed = labelled.flatMap(({ name, label }) => (errors[name] ?? []).map((message) => ({ name, label, message })));
  const formError = state.status === 'error' ? state.formError : undefined;
  return (
    <form action={formAction} noValidate aria-labelledby={title ? `${id}-title` : undefined} className={className ?? 'flex flex-col gap-4'}>
      {title ? (
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {title}
        </h2>
      ) : null}
      {formError || listed.length > 0 ? (
        <div role="alert" className="rounded-md border-4 border-danger p-4">
          <p className="font-bold text-danger">{notice('errorSummary')}</p>
          <ul className="mt-2 list-disc pl-5">
            {formError ? <li>{text(formError)}</li> : null}
            {listed.map((item) => (
              <li key={item.name + item.message}>
                <a className="text-danger underline" href={`#${id}-${item.name}`}>
                  {item.label}: {text(item.message)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.status === 'success' ? (
        <p role="status" className="rounded-md border-2 border-success p-3 font-semibold text-success">
          {notice(state.data.notice, state.data.values)}
        </p>
      ) : null}
      {fields.map((field) => (
        <ConsoleFieldView
          key={`${field.name}-${field.kind === 'hidden' ? field.value : ''}`}
          formId={id}
          field={field}
          value={values[field.name]}
          errors={(errors[field.name] ?? []).map(text)}
        />
      ))}
      <div>
        <button type="submit" className={variant === 'primary' ? 'button-primary' : 'button-secondary'} aria-label={submitLabel} disabled={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}
