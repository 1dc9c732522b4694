import { z } from 'zod';
import { env } from '@/lib/env';
import { seal, unseal } from '@/lib/security/seal';

const PURPOSE = 'sign-in-grant';
const GRANT_TTL_MS = 60_000;

const grantSchema = z.object({ userId: z.string(), sessionId: z.string(), expiresAt: z.number() });
type Grant = z.infer<typeof grantSchema>;

/**
 * What the sign-in action hands to Auth.js once it has checked the password itself: sealed with AUTH_SECRET and
 * valid one minute, naming the session row the action started. Auth.js's credentials endpoint therefore never
 * sees a password and cannot be used to guess one around the throttling.
 */
export function issueSignInGrant(userId: string, sessionId: string, now = Date.now()): string {
  return seal({ userId, sessionId, expiresAt: now + GRANT_TTL_MS } satisfies Grant, env().authSecret, PURPOSE);
}

export function openSignInGrant(value: unknown, now = Date.now()): Omit<Grant, 'expiresAt'> | undefined {
  if (typeof value !== 'string' || value.length > 1000) return undefined;
  const grant = grantSchema.safeParse(unseal(value, env().authSecret, PURPOSE));
  if (!grant.success || grant.data.expiresAt <= now) return undefined;
  return { userId: grant.data.userId, sessionId: grant.data.sessionId };
}
