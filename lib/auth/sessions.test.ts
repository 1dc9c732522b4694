import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sessions } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { auditIpHash } from '@/lib/security/ip-hash';
import { addTestUser } from '@/lib/testing/fixtures';
import { endSession, startSession } from './sessions';

const t0 = new Date('2026-11-27T08:00:00Z');
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe.each(testDatabaseKinds)('sessions on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);

  it.skipIf(!enabled)('a session row holds a random id, its fixed end, the browser family and no IP in clear', async () => {
    const user = await addTestUser(open.db, 'erika.row@example.com', { confirmedAt: t0 });
    const id = await startSession(open.db, { userId: user.id, ip: '198.51.100.23', userAgent: FIREFOX }, t0);
    const again = await startSession(open.db, { userId: user.id, ip: '198.51.100.23', userAgent: FIREFOX }, t0);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again).not.toBe(id);
    const [row] = await open.db.select().from(sessions).where(eq(sessions.id, id));
    expect(row).toEqual({
      id,
      userId: user.id,
      createdAt: t0,
      expiresAt: new Date('2026-11-27T16:00:00Z'),
      lastUsedAt: t0,
      browser: 'Firefox',
      ipHash: auditIpHash('198.51.100.23'),
    });
    expect(JSON.stringify(row)).not.toContain('198.51.100.23');
  });

  it.skipIf(!enabled)('signing out is audited once, without the session id', async () => {
    const user = await addTestUser(open.db, 'erika.audit@example.com', { confirmedAt: t0 });
    const id = await startSession(open.db, { userId: user.id, ip: '198.51.100.24', userAgent: null }, t0);
    await endSession(open.db, id, user.id);
    await endSession(open.db, id, user.id);
    const rows = await open.db.select().from(auditLog).where(eq(auditLog.userId, user.id));
    expect(rows.map((r) => r.event)).toEqual(['sign_out']);
    expect(JSON.stringify(rows)).not.toContain(id);
  });
});
