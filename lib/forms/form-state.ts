import type { ValidationKey } from '@/lib/validation/messages';

export type FieldErrors<F extends string = string> = Partial<Record<F, string[]>>;

/** What every form action returns; `values` lets the form show the entries again (never a password). */
export type FormState<F extends string = string, D = undefined> =
  | { status: 'idle' }
  | { status: 'success'; data: D }
  // formError: a ValidationKey, or vm(key, values) when the text needs values (the minutes to wait, say).
  | { status: 'error'; fieldErrors: FieldErrors<F>; formError?: ValidationKey | (string & {}); values: Partial<Record<F, string>> };

export const idleState = { status: 'idle' } as const;
