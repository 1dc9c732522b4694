import type { Database } from '@/db';
import { findLastAuditedSignIn, recordAudit } from '@/db/queries/audit-log';
import { findCompanyById } from '@/db/queries/companies';
import { countRegistrationsForEmail, findNewestRegistration } from '@/db/queries/registrations';
import { deleteSessionsForUser, findNewestSessionStart } from '@/db/queries/sessions';
import { findUserByEmail, setUserRole } from '@/db/queries/users';
import type { Company, Locale, UserRole } from '@/db/schema';
import { findSignInThrottle, liftSignInThrottle, type ThrottleStatus } from '@/lib/auth/throttle-status';
import { type DeletedBy, type DeletionReport, deleteProfile } from '@/lib/profile/delete-profile';
import { resendConfirmation } from '@/lib/registration/resend-confirmation';
import { emailAddress } from '@/lib/validation/operations';
import { type Actor, auditedBy } from './actor';
import { inTransaction, type OpsResult, parseInput, refuse } from './result';

type CompanyRef = Pick<Company, 'id' | 'name' | 'active'>;

/** What support may know about an address: never a hash, a token or the content of a mail. */
export type PersonView =
  | { status: 'unknown'; throttle: ThrottleStatus }
  | { status: 'pending'; company?: CompanyRef; attempts: number; registeredAt: Date; keepUntil: Date; throttle: ThrottleStatus }
  | {
      status: 'confirmed' | 'unconfirmed';
      userId: string;
      role: UserRole;
      company?: CompanyRef;
      createdAt: Date;
      confirmedAt: Date | null;
      lastSignInAt?: Date;
      mailBouncedAt: Date | null;
      throttle: ThrottleStatus;
    };

const companyRef = (company: Company | undefined): CompanyRef | undefined =>
  company && { id: company.id, name: company.name, active: company.active };

/**
 * Support's look-up by the exact address (there is no browsing of people). A profile, or else the registration
 * attempts waiting for confirmation; the last sign-in from the sessions or, once they have ended, the audit log.
 * The look-up itself is audited (whose profile, not the address).
 */
export async function findPerson(db: Database, actor: Actor, address: string, now = new Date()): Promise<OpsResult<{ person: PersonView }>> {
  const parsed = parseInput(emailAddress, address, 'invalidEmail');
  if (!parsed.ok) return parsed;
  const email = parsed.value;
  const person = await viewPerson(db, email, now);
  const subject = 'userId' in person ? person.userId : null;
  await recordAudit(db, { event: 'person_looked_up', ...auditedBy(actor, { subject, status: person.status }) });
  return { ok: true, person };
}

async function viewPerson(db: Database, email: string, now: Date): Promise<PersonView> {
  const throttle = await findSignInThrottle(db, email, now);
  const user = await findUserByEmail(db, email);
  if (user) {
    const [sessionStart, audited] = [await findNewestSessionStart(db, user.id), await findLastAuditedSignIn(db, user.id)];
    const lastSignInAt = [sessionStart, audited].filter((d) => d !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
    return {
      status: user.confirmedAt ? 'confirmed' : 'unconfirmed',
      userId: user.id,
      role: user.role,
      company: companyRef(await findCompanyById(db, user.companyId)),
      createdAt: user.createdAt,
      confirmedAt: user.confirmedAt,
      lastSignInAt,
      mailBouncedAt: user.mailBouncedAt,
      throttle,
    };
  }
  const newest = await findNewestRegistration(db, email);
  if (!newest) return { status: 'unknown', throttle };
  return {
    status: 'pending',
    company: companyRef(await findCompanyById(db, newest.companyId)),
    attempts: await countRegistrationsForEmail(db, email),
    registeredAt: newest.createdAt,
    keepUntil: newest.keepUntil,
    throttle,
  };
}

/** The same deletion as the person's own (lib/profile/delete-profile.ts), audited with the operator. */
export async function deletePerson(db: Database, actor: Actor, address: string, now = new Date()): Promise<OpsResult<{ report: DeletionReport }>> {
  const parsed = parseInput(emailAddress, address, 'invalidEmail');
  if (!parsed.ok) return parsed;
  const by: DeletedBy = actor;
  return { ok: true, report: await deleteProfile(db, parsed.value, by, now) };
}

/**
 * Makes a confirmed profile an operator, or a person again. Only from the command line (issue 10), so the first
 * operator can be made and no operator can make another from the console.
 */
export async function setOperatorRole(
  db: Database,
  actor: Actor,
  input: { address: string; operator: boolean },
  now = new Date(),
): Promise<OpsResult<{ changed: boolean; userId: string }>> {
  const parsed = parseInput(emailAddress, input.address, 'invalidEmail');
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => {
    const user = await findUserByEmail(tx, parsed.value);
    if (!user) return refuse('noProfile', { email: parsed.value });
    if (input.operator && !user.confirmedAt) return refuse('notConfirmed', { email: parsed.value });
    const changed = await setUserRole(tx, user.id, input.operator ? 'operator' : 'person', now);
    if (changed) {
      await recordAudit(tx, { event: input.operator ? 'operator_granted' : 'operator_revoked', ...auditedBy(actor, { subject: user.id }) });
    }
    return { ok: true, changed, userId: user.id };
  });
}

/** Support: signs the person out everywhere (every session row goes). */
export async function endPersonSessions(db: Database, actor: Actor, address: string): Promise<OpsResult<{ ended: number }>> {
  const parsed = parseInput(emailAddress, address, 'invalidEmail');
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => {
    const user = await findUserByEmail(tx, parsed.value);
    if (!user) return refuse('noProfile', { email: parsed.value });
    const ended = await deleteSessionsForUser(tx, user.id);
    if (ended > 0) await recordAudit(tx, { event: 'person_sessions_ended', ...auditedBy(actor, { subject: user.id, ended }) });
    return { ok: true, ended };
  });
}

/** Support: forgets the address's failed sign-ins from every IP, so the person may try again at once. */
export async function liftPersonThrottle(db: Database, actor: Actor, address: string): Promise<OpsResult<{ cleared: number }>> {
  const parsed = parseInput(emailAddress, address, 'invalidEmail');
  if (!parsed.ok) return parsed;
  return inTransaction(db, async (tx) => {
    const cleared = await liftSignInThrottle(tx, parsed.value);
    if (cleared > 0) {
      const user = await findUserByEmail(tx, parsed.value);
      await recordAudit(tx, { event: 'person_throttle_lifted', ...auditedBy(actor, { subject: user?.id ?? null, cleared }) });
    }
    return { ok: true, cleared };
  });
}

/**
 * Support: a fresh confirmation link for a registration waiting for it, exactly as the public "send again" form
 * makes one (older links stop working). Refused when no registration of the address is pending.
 */
export async function resendPersonConfirmation(
  db: Database,
  actor: Actor,
  input: { address: string; pageLocale: Locale; appUrl: string },
  now = new Date(),
): Promise<OpsResult<{ sent: true }>> {
  const parsed = parseInput(emailAddress, input.address, 'invalidEmail');
  if (!parsed.ok) return parsed;
  const outcome = await resendConfirmation(db, { email: parsed.value, pageLocale: input.pageLocale, appUrl: input.appUrl, now });
  if (outcome === 'nothing') return refuse('notPending', { email: parsed.value });
  await recordAudit(db, { event: 'person_confirmation_resent', ...auditedBy(actor, { subject: null }) });
  return { ok: true, sent: true };
}
