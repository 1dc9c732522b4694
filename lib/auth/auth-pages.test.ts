import { expect, it } from 'vitest';
import { portalPageInstead } from './auth-pages';

const answer = (path: string, method = 'GET') => {
  const response = portalPageInstead(new Request(`http://portal.test${path}`, { method }));
  return response && { status: response.status, location: response.headers.get('location') };
};

it('sends a visitor of Auth.js’s own pages to the portal’s, with or without a provider', () => {
  expect(answer('/api/auth/signin')).toEqual({ status: 303, location: '/anmelden' });
  expect(answer('/api/auth/signin/credentials?callbackUrl=https://evil.example')).toEqual({ status: 303, location: '/anmelden' });
  expect(answer('/api/auth/signout')).toEqual({ status: 303, location: '/' });
  expect(answer('/api/auth/error?error=Configuration')).toEqual({ status: 303, location: '/anmelden' });
  expect(answer('/api/auth/verify-request')).toEqual({ status: 303, location: '/anmelden' });
  expect(answer('/api/auth/signin', 'HEAD')).toEqual({ status: 303, location: '/anmelden' });
});

it('answers 404 to a form posted to them, and leaves the session and CSRF routes to Auth.js', () => {
  expect(answer('/api/auth/signout', 'POST')).toEqual({ status: 404, location: null });
  expect(answer('/api/auth/signin/credentials', 'POST')).toEqual({ status: 404, location: null });
  expect(answer('/api/auth/session')).toBeUndefined();
  expect(answer('/api/auth/csrf')).toBeUndefined();
  expect(answer('/api/auth/callback/credentials', 'POST')).toBeUndefined();
  expect(answer('/api/auth/signinx')).toBeUndefined();
});
