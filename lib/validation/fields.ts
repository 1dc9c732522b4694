import { z } from 'zod';
import { vm } from './messages';

/** A text field from a form: missing and blank both count as empty; surrounding space is dropped. */
export const requiredText = (max: number) =>
  z
    .string({ error: vm('required') })
    .trim()
    .min(1, { error: vm('required'), abort: true })
    .max(max, { error: vm('tooLong', { max }), abort: true });

/** RFC 5321 caps an address at 254 characters; we accept the common, deliverable form and store it lowercased. */
export const email = z
  .string({ error: vm('required') })
  .trim()
  .min(1, { error: vm('required'), abort: true })
  .max(254, vm('tooLong', { max: 254 }))
  .pipe(z.email({ error: vm('email') }))
  .transform((v) => v.toLowerCase());
