import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';
import { seal, unseal } from './seal';
import { hashToken, looksLikeToken, newToken } from './tokens';

describe('link tokens', () => {
  it('are 256 random bits, never repeat, and only their SHA-256 is kept', () => {
    const tokens = new Set(Array.from({ length: 100 }, newToken));
    expect(tokens.size).toBe(100);
    const token = [...tokens][0]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(looksLikeToken(token)).toBe(true);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(looksLikeToken('../../etc/passwd')).toBe(false);
  });
});

describe('sealed values', () => {
  const secret = 'x'.repeat(40);

  it('round-trip, and anything altered, foreign or sealed for another purpose is refused', () => {
    const sealed = seal({ step: 1 }, secret, 'draft');
    expect(unseal(sealed, secret, 'draft')).toEqual({ step: 1 });
    expect(unseal(sealed, secret, 'session')).toBeUndefined();
    expect(unseal(sealed, 'y'.repeat(40), 'draft')).toBeUndefined();
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    expect(unseal(flipped.toString('base64url'), secret, 'draft')).toBeUndefined();
    expect(unseal('not a cookie', secret, 'draft')).toBeUndefined();
    expect(JSON.stringify(sealed)).not.toContain('step');
  });
});

describe('password hashes', () => {
  it('are argon2id with 19 MiB and 2 passes, and verify only the right password', async () => {
    const stored = await hashPassword('Kaffeetasse Wolkenkratzer');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'Kaffeetasse Wolkenkratzer')).toBe(true);
    expect(await verifyPassword(stored, 'kaffeetasse wolkenkratzer')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
  });
});
