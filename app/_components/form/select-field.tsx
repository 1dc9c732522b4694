'use client';

import { FieldFrame } from './field-frame';

type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  errors = [],
  onChange,
}: {
  name: string;
  label: string;
  options: Option[];
  defaultValue?: string;
  errors?: string[];
  onChange?: (event: React.ChangeEvent<HTMLSelectElement>) => void;
}) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} errors={errors}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={name}
          defaultValue={defaultValue}
          className="text-input"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={onChange}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
