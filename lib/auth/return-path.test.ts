import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('the return path after signing in', () => {
  it('keeps a path on this site, without its language prefix', () => {
    expect(safeReturnPath('/inhalte/hautschutz')).toBe('/inhalte/hautschutz');
    expect(safeReturnPath('/en/inhalte/hautschutz?x=1')).toBe('/inhalte/hautschutz?x=1');
    expect(safeReturnPath('/en')).toBe('/');
  });

  it('refuses other sites, schemes and anything odd', () => {
    for (const value of ['//evil.example', '/en//evil.example', '/de//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', 'inhalte', '/a b', '', undefined, 42]) {
      expect(safeReturnPath(value)).toBeUndefined();
    }
  });

  it('never leads back to the sign-in mask itself', () => {
    expect(safeReturnPath('/anmelden?weiter=/')).toBeUndefined();
  });
});
