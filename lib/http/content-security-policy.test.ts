import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from './content-security-policy';

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

describe('the Content-Security-Policy', () => {
  it('runs only scripts that carry the nonce, and none inline or through eval in production', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123', development: false, https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('script-src')?.some((value) => value.startsWith("'unsafe-"))).toBe(false);
  });

  it("allows eval for `next dev` only", () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123', development: true, https: false }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('forbids framing, plugins, foreign form targets and base URLs', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', development: false, https: false }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it('upgrades insecure requests only where the portal is served over https', () => {
    expect(contentSecurityPolicy({ nonce: 'n', development: false, https: true })).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ nonce: 'n', development: false, https: false })).not.toContain('upgrade-insecure-requests');
  });

  it('gets a new nonce of 128 random bits for every request', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
