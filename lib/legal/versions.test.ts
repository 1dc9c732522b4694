import { describe, expect, it } from 'vitest';
import { legalTextFingerprint } from './fingerprint';
import { LEGAL_TEXT_FINGERPRINT } from './versions';

describe('legal text versions', () => {
  it('change whenever the privacy notice, the terms or the consent wording changes', () => {
    // On a deliberate change of wording: raise the versions in versions.ts and record the new fingerprint there.
    expect(legalTextFingerprint()).toBe(LEGAL_TEXT_FINGERPRINT);
  });
});
