import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { privateCookieName, privateCookieOptions } from './cookie-options';

describe('the portal’s own cookies', () => {
  it('are Secure and __Host- prefixed exactly when APP_URL is https', () => {
    const https = parseEnv({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), APP_URL: 'https://mein.ias.example', MAIL_TRANSPORT: 'resend', RESEND_API_KEY: 're', EMAIL_FROM: 'a@b.de' });
    const http = parseEnv({ NODE_ENV: 'development' });
    expect(privateCookieName('reset-link', https.secureCookies)).toBe('__Host-reset-link');
    // __Host- cookies must be Secure, for the whole site, without a Domain: browsers refuse them otherwise.
    expect(privateCookieOptions(60, https.secureCookies)).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'lax' });
    expect(privateCookieOptions(60, https.secureCookies)).not.toHaveProperty('domain');
    expect(privateCookieName('reset-link', http.secureCookies)).toBe('reset-link');
    expect(privateCookieOptions(60, http.secureCookies).secure).toBe(false);
  });
});
