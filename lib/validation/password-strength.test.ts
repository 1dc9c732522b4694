import { describe, expect, it } from 'vitest';
import { isStrongPassword, passwordScore } from './password-strength';

const erika = ['Erika', 'Mustermann', 'erika.mustermann@example.com'];

describe('password strength', () => {
  it('refuses common passwords, even when long enough', () => {
    expect(isStrongPassword('passwort1234', [])).toBe(false);
    expect(isStrongPassword('password1234', [])).toBe(false);
    expect(isStrongPassword('qwertzuiop123', [])).toBe(false);
  });

  it("refuses passwords built from the person's own name and address", () => {
    expect(isStrongPassword('ErikaMustermann2024', erika)).toBe(false);
    expect(isStrongPassword('mustermann.erika', erika)).toBe(false);
  });

  it('refuses German words and names that English lists do not know', () => {
    expect(passwordScore('Schmetterling', [])).toBeLessThan(3);
  });

  it('accepts a long passphrase of unrelated words', () => {
    expect(isStrongPassword('Kaffeetasse Wolkenkratzer Brise 7', erika)).toBe(true);
    expect(isStrongPassword('correct-horse-battery-staple-42', erika)).toBe(true);
  });
});
