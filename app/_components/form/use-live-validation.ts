'use client';

import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { FieldErrors, FormState } from '@/lib/forms/form-state';

type Schema = z.ZodObject<z.ZodRawShape>;

/**
 * The form's zod schema, imported when first needed: `() => import('@/lib/validation/…').then((m) => m.schema)`.
 * zod is ~30 KiB of gzipped JavaScript in the browser (issue 11 counts every page's scripts); as a dynamic
 * import it loads with the first keystroke instead of with the page, and a person who never types, or a browser
 * without JavaScript, never loads it. It is still the very schema the server action parses with.
 */
export type SchemaLoader = () => Promise<Schema>;

/**
 * Validates each field as the person types, with the same zod schema the server uses. Deliberately not on blur:
 * an error appearing when focus leaves a field shifts the page under the pointer, and the click that caused the
 * blur (on "Weiter", say) would miss its button.
 */
export function useLiveValidation(loadSchema: SchemaLoader, state: FormState<string, unknown>) {
  const [live, setLive] = useState<FieldErrors>({});
  const schema = useRef<Promise<Schema> | null>(null);
  // A new answer from the server (e.g. "not a company address") outranks what the browser checked before it.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setLive({});
  }

  const validate = (name: string, value: string) => {
    // A failed load (the network, say) is tried again on the next keystroke; the server checks on submit anyway.
    schema.current ??= loadSchema().catch((error: unknown) => {
      schema.current = null;
      throw error;
    });
    // Callbacks on one promise run in the order they were added, so the last keystroke's result stays.
    schema.current.then(
      (loaded) => {
        const field = loaded.shape[name] as z.ZodType | undefined;
        if (!field) return;
        const result = field.safeParse(value);
        setLive((prev) => ({ ...prev, [name]: result.success ? [] : result.error.issues.map((i) => i.message) }));
      },
      () => {},
    );
  };

  const fieldProps = (name: string) => ({
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => validate(name, event.currentTarget.value),
  });

  const serverErrors: FieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const errors: FieldErrors = { ...serverErrors, ...live };
  return { errors, fieldProps, validate };
}
