'use client';

import { useErrorText } from './error-text';

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
  const errorText = useErrorText();
  const id = `field-${name}`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {errorId ? (
        <p id={errorId} className="font-semibold text-danger">
          {errors.map(errorText).join(' ')}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className="text-input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={onChange}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
