'use client';

import type { InputHTMLAttributes } from 'react';
import { useErrorText } from './error-text';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose errors stand right beside it and are announced with it. */
export function TextField({ name, label, hint, errors = [], id = `field-${name}`, ...input }: Props) {
  const errorText = useErrorText();
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
      {errorId ? (
        <p id={errorId} className="font-semibold text-danger">
          {errors.map(errorText).join(' ')}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        className="text-input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
    </div>
  );
}
