'use client';

import { useErrorText } from './error-text';

/** A field's errors in the page's language, with the id the field points aria-describedby at. */
export function FieldError({ id, errors }: { id: string | undefined; errors: string[] }) {
  const errorText = useErrorText();
  if (!id) return null;
  return (
    <p id={id} className="font-semibold text-danger">
      {errors.map(errorText).join(' ')}
    </p>
  );
}
