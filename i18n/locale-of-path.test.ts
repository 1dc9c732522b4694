import { describe, expect, it } from 'vitest';
import { localeOfPath } from './locale-of-path';

describe('the locale of a request', () => {
  it('comes from the address alone', () => {
    expect(localeOfPath('/')).toBe('de');
    expect(localeOfPath('/registrieren')).toBe('de');
    expect(localeOfPath('/english')).toBe('de');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/en/anmelden')).toBe('en');
  });
});
