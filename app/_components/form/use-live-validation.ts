'use client';

import { useState } from 'react';
import type { z } from 'zod';
import type { FieldErrors, FormState } from '@/lib/forms/form-state';

/**
 * Validates each field as the person types, with the same zod schema the server uses. Deliberately not on blur:
 * an error appearing when focus leaves a field shifts the page under the pointer, and the click that caused the
 * blur (on "Weiter", say) would miss its button.
 */
export function useLiveValidation(schema: z.ZodObject<z.ZodRawShape>, state: FormState<string, unknown>) {
  const [live, setLive] = useState<FieldErrors>({});
  // A new answer from the server (e.g. "not a company address") outranks what the browser checked before it.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setLive({});
  }

  const validate = (name: string, value: string) => {
    const field = schema.shape[name] as z.ZodType | undefined;
    if (!field) return;
    const result = field.safeParse(value);
    setLive((prev) => ({ ...prev, [name]: result.success ? [] : result.error.issues.map((i) => i.message) }));
  };

  const fieldProps = (name: string) => ({
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => validate(name, event.currentTarget.value),
  });

  const serverErrors: FieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const errors: FieldErrors = { ...serverErrors, ...live };
  return { errors, fieldProps, validate };
}
