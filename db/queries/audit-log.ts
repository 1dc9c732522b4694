import type { Executor } from '../index';
import { auditLog } from '../schema';

export type AuditEvent =
  | 'registration_completed'
  | 'registration_replaced'
  | 'registration_existing_confirmed'
  | 'email_confirmed'
  | 'sign_in_succeeded'
  | 'sign_in_failed'
  | 'sign_in_unconfirmed'
  | 'sign_in_throttled'
  | 'sign_out'
  | 'password_reset_requested'
  | 'rate_limited'
  | 'password_reset_completed';

/** Security events only: never a password, token, hash or full address in `details`. */
export async function recordAudit(
  db: Executor,
  entry: {
    event: AuditEvent;
    userId?: string;
    /** A keyed hash of the client's IP (lib/security/ip-hash.ts), never the address itself. */
    ipHash?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    event: entry.event,
    userId: entry.userId ?? null,
    ipHash: entry.ipHash ?? null,
    details: entry.details ?? null,
  });
}
