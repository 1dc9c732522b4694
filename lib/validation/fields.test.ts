import { describe, expect, it } from 'vitest';
import { email, requiredText } from './fields';
import { stepOneSchema } from './registration';
import { decodeMessage } from './messages';

const firstError = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error ? decodeMessage(result.error.issues[0]!.message) : undefined;

describe('shared field rules', () => {
  it('accepts an address with surrounding space and stores it lowercased', () => {
    expect(email.parse('  Erika.Muster@Example.COM ')).toBe('erika.muster@example.com');
  });

  it('tells a missing address from a malformed one', () => {
    expect(firstError(email.safeParse(''))).toEqual({ key: 'required' });
    expect(firstError(email.safeParse(undefined))).toEqual({ key: 'required' });
    expect(firstError(email.safeParse('erika@'))).toEqual({ key: 'email' });
    expect(firstError(email.safeParse('<script>@x.de'))).toEqual({ key: 'email' });
  });

  it('refuses oversized input with the limit in the message', () => {
    expect(firstError(email.safeParse(`${'a'.repeat(250)}@x.de`))).toEqual({ key: 'tooLong', values: { max: 254 } });
    expect(firstError(requiredText(50).safeParse('x'.repeat(51)))).toEqual({ key: 'tooLong', values: { max: 50 } });
    expect(firstError(requiredText(50).safeParse('   '))).toEqual({ key: 'required' });
  });

  it('gives an empty field one message, "required", not a second one about its length or form', () => {
    const result = stepOneSchema.safeParse({ firstName: '', lastName: ' ', email: '', password: '' });
    const messages = result.error!.issues.map((issue) => [issue.path[0], decodeMessage(issue.message)]);
    expect(messages).toEqual([
      ['firstName', { key: 'required' }],
      ['lastName', { key: 'required' }],
      ['email', { key: 'required' }],
      ['password', { key: 'required' }],
    ]);
  });
});
