'use client';

import { TextField, type TextFieldProps } from './text-field';

/**
 * An address field as every form here wants it: the e-mail keyboard, no spell-check, the browser's address
 * suggestions (or `autoComplete="username"` where a password manager should pair it with a password).
 */
export function EmailField(props: Omit<TextFieldProps, 'type'>) {
  return <TextField type="email" autoComplete="email" spellCheck={false} maxLength={1000} {...props} />;
}
