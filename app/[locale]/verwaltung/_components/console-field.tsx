'use client';

type Option = { value: string; label: string };

export type ConsoleField =
  | { kind: 'text' | 'email' | 'textarea'; name: string; label: string; hint?: string; defaultValue?: string; rows?: number }
  | { kind: 'select'; name: string; label: string; options: Option[]; defaultValue?: string }
  | { kind: 'checkbox'; name: string; label: string; defaultChecked?: boolean }
  | { kind: 'checkboxes'; name: string; legend: string; options: (Option & { checked: boolean })[] }
  | { kind: 'hidden'; name: string; value: string };

/**
 * One field of a console form with its label, hint and (already translated) errors, which its input names in
 * aria-describedby. `value` is what the last refused answer sent back, shown instead of the default.
 */
export function ConsoleFieldView({ formId, field, value, errors }: { formId: string; field: ConsoleField; value?: string; errors: string[] }) {
  const id = `${formId}-${field.name}`;
  if (field.kind === 'hidden') return <input type="hidden" name={field.name} value={field.value} />;
  const hintId = 'hint' in field && field.hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = errorId ? true : undefined;
  const error = errorId ? (
    <p id={errorId} className="font-semibold text-danger">
      {errors.join(' ')}
    </p>
  ) : null;
  if (field.kind === 'checkboxes') {
    return (
      <fieldset id={id} className="flex flex-col gap-2" aria-describedby={describedBy}>
        <legend className="mb-1 font-semibold">{field.legend}</legend>
        {error}
        {field.options.map((option, index) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name={field.name}
              value={option.value}
              id={index === 0 ? `${id}-first` : undefined}
              defaultChecked={option.checked}
              className="h-6 w-6 shrink-0 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.kind === 'checkbox') {
    return (
      <div className="flex flex-col gap-1">
        {error}
        <div className="flex items-start gap-3">
          <input
            id={id}
            name={field.name}
            type="checkbox"
            defaultChecked={value === undefined ? field.defaultChecked : value === 'on'}
            className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
          <label htmlFor={id}>{field.label}</label>
        </div>
      </div>
    );
  }
  const common = { id, name: field.name, className: 'text-input', 'aria-invalid': invalid, 'aria-describedby': describedBy };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {field.label}
      </label>
      {hintId && 'hint' in field ? (
        <p id={hintId} className="text-sm text-muted">
          {field.hint}
        </p>
      ) : null}
      {error}
      {field.kind === 'select' ? (
        <select {...common} defaultValue={value ?? field.defaultValue}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' ? (
        <textarea {...common} rows={field.rows ?? 8} defaultValue={value ?? field.defaultValue ?? ''} />
      ) : (
        <input
          {...common}
          type={field.kind}
          defaultValue={value ?? field.defaultValue ?? ''}
          spellCheck={field.kind === 'email' ? false : undefined}
          autoComplete={field.kind === 'email' ? 'off' : undefined}
        />
      )}
    </div>
  );
}
