import { encode } from '@auth/core/jwt';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { checkSession } from '@/lib/auth/session-check';
import { startSession } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { addTestUser } from '@/lib/testing/fixtures';

// auth.ts reads sessions through sessionById(); here it reads this test's database at the faked clock.
const testDb = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/lib/auth/session-by-id', () => ({ sessionById: (id: unknown) => checkSession(testDb.db!, id, new Date()) }));

const { handlers } = await import('./auth');
const COOKIE = 'authjs.session-token';
const t0 = new Date('2026-11-27T08:00:00Z');

/** GET /api/auth/session with `cookie`; returns the session JSON and the cookie Auth.js sends back. */
async function askForSession(cookie: string) {
  const response = await handlers.GET(new NextRequest('http://localhost/api/auth/session', { headers: { cookie: `${COOKIE}=${cookie}` } }));
  const renewed = /authjs\.session-token=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  return { session: (await response.json()) as { user?: { id: string } } | null, renewed };
}

describe.each(testDatabaseKinds)('Auth.js sessions on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  afterEach(() => vi.useRealTimers());

  it.skipIf(!enabled)('/api/auth/session renews the cookie on every call, yet the session ends 8 hours after sign-in', async () => {
    testDb.db = open.db;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    const user = await addTestUser(open.db, 'erika.auth@example.com', { confirmedAt: t0 });
    const sid = await startSession(open.db, { userId: user.id, ip: '192.0.2.1', userAgent: null }, t0);
    let cookie = await encode({ token: { sid }, secret: env().authSecret, salt: COOKIE, maxAge: 8 * 3600 });
    // Asked every hour with the freshest cookie: each answer is a session, and a cookie valid 8 more hours.
    for (let hour = 1; hour < 8; hour++) {
      vi.setSystemTime(new Date(t0.getTime() + hour * 3600_000 - 1));
      const { session, renewed } = await askForSession(cookie);
      expect(session?.user?.id).toBe(user.id);
      cookie = renewed!;
    }
    vi.setSystemTime(new Date(t0.getTime() + 8 * 3600_000));
    const { session, renewed } = await askForSession(cookie);
    expect(session).toBeNull();
    expect(renewed).toBe('');
  });
});
