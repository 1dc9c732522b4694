import { describe, expect, it } from 'vitest';
import { permissionsPolicy, staticSecurityHeaders, strictTransportSecurity } from './security-headers';

describe('security headers', () => {
  it('send HSTS for an https APP_URL only', () => {
    expect(strictTransportSecurity('https://mein.ias-gruppe.de')).toBe('max-age=63072000; includeSubDomains');
    expect(strictTransportSecurity('http://127.0.0.1:3000')).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
    expect(strictTransportSecurity('')).toBeUndefined();
  });

  it('deny every powerful feature, camera, microphone and geolocation among them', () => {
    const features = permissionsPolicy().split(', ');
    expect(features.length).toBeGreaterThanOrEqual(25);
    for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
    expect(features).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']));
  });

  it('forbid framing and sniffing, and isolate the window from its opener', () => {
    const headers = Object.fromEntries(staticSecurityHeaders().map(({ key, value }) => [key, value]));
    expect(headers).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
});
