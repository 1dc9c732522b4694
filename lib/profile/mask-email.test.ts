import { describe, expect, it } from 'vitest';
import { maskEmail } from './mask-email';

describe('maskEmail', () => {
  it('keeps the first character and the domain, and hides the length of the rest', () => {
    expect(maskEmail('erika.neu@example.org')).toBe('e***@example.org');
    expect(maskEmail('e@example.org')).toBe('e***@example.org');
  });

  it('shows nothing of something that is not an address', () => {
    expect(maskEmail('@example.org')).toBe('***');
    expect(maskEmail('erika')).toBe('***');
  });
});
