/**
 * How long the portal keeps what outlives a profile, in one place (README "Operators" states the same figures).
 * The daily purge (lib/registration/purge-unconfirmed.ts) deletes whatever is older.
 */

/**
 * Proof of a deleted profile's consents (GDPR Art. 7(1): consent must be demonstrable), kept under the person's
 * id only, without name or address: 3 years after the deletion, the regular limitation period for claims (§ 195 BGB).
 */
export const CONSENT_PROOF_RETENTION_YEARS = 3;

/** Security events (sign-ins, failures, throttling, operator actions), whoever they are about: 1 year. */
export const AUDIT_EVENT_RETENTION_YEARS = 1;

/** The moment `years` calendar years before `now`. */
export function yearsBefore(now: Date, years: number): Date {
  const then = new Date(now);
  then.setUTCFullYear(then.getUTCFullYear() - years);
  return then;
}
