'use client';

import { useEffect, useRef } from 'react';
import { useErrorText } from './error-text';

export type SummaryItem = { fieldId: string; message: string };

/** GOV.UK-style summary: listed at the top, each linking to its field, focused when it appears. */
export function ErrorSummary({ title, items, formError }: { title: string; items: SummaryItem[]; formError?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const errorText = useErrorText();
  const visible = items.length > 0 || Boolean(formError);
  const signature = items.map((i) => i.fieldId + i.message).join('|') + (formError ?? '');

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, signature]);

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
              {errorText(item.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
