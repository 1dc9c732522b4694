'use client';

import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

export type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose errors stand right beside it and are announced with it. */
export function TextField({ name, label, hint, errors = [], id = `field-${name}`, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <input id={id} name={name} className="text-input" aria-invalid={invalid} aria-describedby={describedBy} {...input} />
      )}
    </FieldFrame>
  );
}
