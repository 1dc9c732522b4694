'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { useErrorText } from './error-text';

export type SummaryItem = { fieldId: string; label: string; message: string };

/** "Vorname: Bitte …", but "Arbeiten Sie …? Bitte …" where the label already ends in punctuation. */
function withLabel(label: string, message: string): string {
  return /[?:.!]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

/**
 * GOV.UK-style summary: after a submission that found errors, listed at the top, each linking to its field, and
 * focused. `submission` is the form's state object: focus moves only when a new answer arrives, never while the
 * person types (which would steal their keystrokes).
 */
export function ErrorSummary({
  title,
  items,
  formError,
  submission,
}: {
  title: string;
  items: SummaryItem[];
  formError?: string;
  submission: FormState<string, unknown>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const errorText = useErrorText();
  const visible = submission.status === 'error' && (items.length > 0 || Boolean(formError));

  useEffect(() => {
    if (submission.status === 'error') ref.current?.focus();
  }, [submission]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-md border-4 border-danger p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-danger">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {formError ? <li>{errorText(formError)}</li> : null}
        {items.map((item) => (
          <li key={item.fieldId + item.message}>
            <a className="text-danger underline" href={`#${item.fieldId}`}>
              {withLabel(item.label, errorText(item.message))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
