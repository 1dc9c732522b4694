'use client';

import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { FieldErrors } from '@/lib/forms/form-state';

/**
 * Validates a field with the same zod schema the server uses, once the person has left it (and then on every
 * keystroke), so errors appear as they type without shouting at them while they start.
 */
export function useLiveValidation(schema: z.ZodObject<z.ZodRawShape>, serverErrors: FieldErrors) {
  const [live, setLive] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});

  const validate = useCallback(
    (name: string, value: string, force: boolean) => {
      if (!force && !touched[name]) return;
      const field = schema.shape[name] as z.ZodType | undefined;
      if (!field) return;
      const result = field.safeParse(value);
      setLive((prev) => ({ ...prev, [name]: result.success ? [] : result.error.issues.map((i) => i.message) }));
    },
    [schema, touched],
  );

  const fieldProps = (name: string) => ({
    onBlur: (event: React.FocusEvent<HTMLInputElement>) => {
      setTouched((prev) => ({ ...prev, [name]: true }));
      validate(name, event.currentTarget.value, true);
    },
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => validate(name, event.currentTarget.value, false),
  });

  /** Live results replace the server's for a field once the person has edited it. */
  const errors: FieldErrors = { ...serverErrors };
  for (const [name, messages] of Object.entries(live)) errors[name] = messages;

  return { errors, fieldProps, reset: () => setLive({}) };
}
