import { beforeAll, describe, expect, it } from 'vitest';
import { loadPasswordScore, MIN_SCORE, type PasswordScore } from './password-strength';

let passwordScore: PasswordScore;
const isStrongPassword = (password: string, hints: string[]) => passwordScore(password, hints) >= MIN_SCORE;

beforeAll(async () => {
  passwordScore = await loadPasswordScore();
});

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

describe('the bounds of the strength check', () => {
  it('scores only the first 32 characters: a guessable start is refused whatever follows', () => {
    expect(isStrongPassword(`${'a'.repeat(32)} Kaffeetasse Wolkenkratzer Brise`, [])).toBe(false);
    expect(isStrongPassword(`Kaffeetasse Wolkenkratzer Brise ${'a'.repeat(90)}`, [])).toBe(true);
  });

  it('gives the meter the same verdict as the server, also when only the name made it look strong', () => {
    const hints = ['Erika', 'Mustermann', 'erika@example.com'];
    for (const password of ['ErikaMustermann2024!', 'Kaffeetasse Wolkenkratzer Brise', 'mustermann.erika.1984', 'Tintenfisch Erika Laterne']) {
      expect(passwordScore(password, hints) >= 3, password).toBe(isStrongPassword(password, hints));
    }
    expect(passwordScore('ErikaMustermannErika', hints)).toBeLessThan(3);
  });
});
