import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sessions } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/db/test-database-hooks';
import { checkSession } from '@/lib/auth/session-check';
import { startSession } from '@/lib/auth/sessions';
import { addTestUser } from '@/lib/testing/fixtures';
import { endOtherSession, signOutEverywhere } from './sessions';

const IP = '192.0.2.80';

describe.each(testDatabaseKinds)('ending sessions from the profile on $label', ({ kind, enabled }) => {
  const open = useTestDatabase(kind, enabled);
  const signIn = (userId: string) => startSession(open.db, { userId, ip: IP, userAgent: 'Mozilla/5.0 Firefox/140.0' });
  const eventsOf = (userId: string, event: 'session_ended' | 'signed_out_everywhere') =>
    open.db.select().from(auditLog).where(and(eq(auditLog.userId, userId), eq(auditLog.event, event)));
  const sessionIdsOf = async (userId: string) =>
    (await open.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).map((s) => s.id).sort();

  describe.skipIf(!enabled)('', () => {
    it("ends the person's other session; an id of someone else's session, or this one, changes nothing", async () => {
      const anna = await addTestUser(open.db, 'anna.sitzung@example.com');
      const bert = await addTestUser(open.db, 'bert.sitzung@example.org');
      const [annaHere, annaThere, bertHere] = [await signIn(anna.id), await signIn(anna.id), await signIn(bert.id)];

      const asAnna = { userId: anna.id, currentSessionId: annaHere, ip: IP };
      expect(await endOtherSession(open.db, { ...asAnna, sessionId: bertHere })).toBe(false);
      expect(await endOtherSession(open.db, { ...asAnna, sessionId: annaHere })).toBe(false);
      expect(await endOtherSession(open.db, { ...asAnna, sessionId: 'no-such-session' })).toBe(false);
      expect(await sessionIdsOf(bert.id)).toEqual([bertHere]);
      expect(await sessionIdsOf(anna.id)).toEqual([annaHere, annaThere].sort());
      expect(await eventsOf(anna.id, 'session_ended')).toEqual([]);

      expect(await endOtherSession(open.db, { ...asAnna, sessionId: annaThere })).toBe(true);
      expect(await sessionIdsOf(anna.id)).toEqual([annaHere]);
      expect(await checkSession(open.db, annaThere)).toBeUndefined();
      expect(await checkSession(open.db, annaHere)).toBeDefined();
      const [event] = await eventsOf(anna.id, 'session_ended');
      expect(event).toMatchObject({ userId: anna.id, details: null });
      expect(event!.ipHash).not.toContain(IP);
    });

    it("signing out everywhere ends every one of the person's sessions, this one included, and no one else's", async () => {
      const clara = await addTestUser(open.db, 'clara.ueberall@example.com');
      const dora = await addTestUser(open.db, 'dora.ueberall@example.com');
      await signIn(clara.id);
      await signIn(clara.id);
      const doraHere = await signIn(dora.id);

      expect(await signOutEverywhere(open.db, { userId: clara.id, ip: IP })).toBe(2);
      expect(await sessionIdsOf(clara.id)).toEqual([]);
      expect(await sessionIdsOf(dora.id)).toEqual([doraHere]);
      expect((await eventsOf(clara.id, 'signed_out_everywhere')).map((e) => e.details)).toEqual([{ ended: 2 }]);
    });
  });
});
