'use client';

import type { ReactNode } from 'react';
import { FieldError } from './field-error';

export function CheckboxField({
  name,
  label,
  errors = [],
  required,
  defaultChecked,
  onChange,
}: {
  name: string;
  label: ReactNode;
  errors?: string[];
  required?: boolean;
  /** Where the box shows a choice already made (a consent given before). */
  defaultChecked?: boolean;
  onChange?: (event: React.ChangeEvent<HTMLInputElement>) => void;
}) {
  const id = `field-${name}`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <FieldError id={errorId} errors={errors} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          aria-required={required || undefined}
          defaultChecked={defaultChecked}
          onChange={onChange}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
