import { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import type { FieldErrors, FormState } from './form-state';
import { describeError } from '@/lib/log';

type Shape = z.ZodObject<z.ZodRawShape>;
type FieldName<S extends Shape> = Extract<keyof z.input<S>, string>;

/** Fields whose entries are never sent back to the browser. */
const SECRET = /password|token/i;

export function formValues(formData: FormData, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === 'string' && !SECRET.test(name)) values[name] = value.slice(0, 1000);
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The one door for form actions: parse FormData with the schema, report every field error at once, run the
 * handler with typed data, and turn any unexpected failure into one translated message (logging the cause).
 * Redirects and not-found thrown by the handler pass through.
 */
export function formAction<S extends Shape, D = undefined>(
  /** The schema, or a function choosing it per request (e.g. whether a password is already on file). */
  schemaFor: S | (() => Promise<S>),
  handler: (data: z.output<S>, formData: FormData) => Promise<FormState<FieldName<S>, D>>,
  name = 'form action',
) {
  return async (_previous: FormState<FieldName<S>, D>, formData: FormData): Promise<FormState<FieldName<S>, D>> => {
    const schema = typeof schemaFor === 'function' ? await schemaFor() : schemaFor;
    const names = Object.keys(schema.shape);
    const values = formValues(formData, names) as Partial<Record<FieldName<S>, string>>;
    const raw = Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error) as FieldErrors<FieldName<S>>, values };
    }
    try {
      return await handler(parsed.data, formData);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`${name} failed:`, describeError(error));
      return { status: 'error', fieldErrors: {}, formError: 'unexpected', values };
    }
  };
}
