'use client';

import type { ReactNode } from 'react';
import { FieldError } from './field-error';

/** Label, optional hint and the field's errors, in the order a screen reader should meet them. */
export function FieldFrame({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: string[];
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
      {children([hintId, errorId].filter(Boolean).join(' ') || undefined, errorId ? true : undefined)}
    </div>
  );
}
