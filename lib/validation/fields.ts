import { z } from 'zod';
import { vm } from './messages';

/**
 * Control characters other than tab and line breaks, and halves of a surrogate pair: no keyboard types them, a
 * reader cannot see them, and PostgreSQL refuses NUL in text outright (the save would fail instead of the field).
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const printable = (value: string) => !UNPRINTABLE.test(value);

/** A text field from a form: missing and blank both count as empty; surrounding space is dropped. */
export const requiredText = (max: number) =>
  z
    .string({ error: vm('required') })
    .trim()
    .min(1, { error: vm('required'), abort: true })
    .max(max, { error: vm('tooLong', { max }), abort: true })
    .refine(printable, vm('unprintable'));

/** RFC 5321 caps an address at 254 characters; we accept the common, deliverable form and store it lowercased. */
export const email = z
  .string({ error: vm('required') })
  .trim()
  .min(1, { error: vm('required'), abort: true })
  .max(254, vm('tooLong', { max: 254 }))
  .pipe(z.email({ error: vm('email') }))
  .transform((v) => v.toLowerCase());
