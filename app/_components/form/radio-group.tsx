'use client';

import { FieldError } from './field-error';

type Option = { value: string; label: string };

/** A required choice as a fieldset: the question is the legend, the error sits between it and the options. */
export function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  errors = [],
  onChange,
}: {
  name: string;
  legend: string;
  options: Option[];
  defaultValue?: string;
  errors?: string[];
  onChange?: (event: React.ChangeEvent<HTMLInputElement>) => void;
}) {
  const errorId = errors.length ? `field-${name}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errorId}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <FieldError id={errorId} errors={errors} />
      <div className="flex flex-wrap gap-6">
        {options.map((option, index) => (
          <label key={option.value} className="flex min-h-11 cursor-pointer items-center gap-2">
            <input
              type="radio"
              name={name}
              value={option.value}
              id={index === 0 ? `field-${name}` : undefined}
              defaultChecked={defaultValue === option.value}
              required
              className="h-5 w-5 accent-brand-700"
              onChange={onChange}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
