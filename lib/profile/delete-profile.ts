import type { Database, Transaction } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { markConsentsOfDeletedProfile } from '@/db/queries/consents';
import { deleteEmailTokensForEmail, listEmailLinksForUser } from '@/db/queries/email-tokens';
import { deleteMailTo } from '@/db/queries/mail-outbox';
import { deleteRegistrationsForEmail } from '@/db/queries/registrations';
import { deleteUser, findUserByEmail } from '@/db/queries/users';
import { type Actor, auditedBy } from '@/lib/operations/actor';

/**
 * The addresses the person asked to move to (a change_email link went there, naming them): their mail goes with
 * the profile, unless the address has a profile of its own by now, whose mail is not the deleted person's.
 */
async function pendingNewAddresses(db: Transaction, userId: string): Promise<string[]> {
  const links = (await listEmailLinksForUser(db, userId)).filter((link) => link.purpose === 'change_email');
  const addresses = [...new Set(links.map((link) => link.email.toLowerCase()))];
  const owned = await Promise.all(addresses.map((address) => findUserByEmail(db, address)));
  return addresses.filter((_, index) => !owned[index]);
}

/** Who deletes: the person themself ("Profil löschen"), or an operator for them (console or command line). */
export type DeletedBy = 'self' | Actor;

export type DeletionReport = {
  /** The deleted profile's id, kept in the consent ledger and the audit log; undefined when there was none. */
  userId?: string;
  registrations: number;
  mails: number;
  emailTokens: number;
  /** Consent rows kept as pseudonymous proof (lib/legal/retention.ts). */
  consentsKept: number;
};

/**
 * Deletes everything that names the person, in one transaction: the profile (its sessions and reset links go with
 * it), every registration attempt of the address, every link and mail sent to it. Kept, without name or address:
 * the consent ledger (marked, for the retention purge) and the audit events under the person's id. The address
 * can register again afterwards. Deleting an address nothing is stored for changes nothing.
 */
export async function deleteProfile(db: Database, email: string, by: DeletedBy, now = new Date()): Promise<DeletionReport> {
  return db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    const consentsKept = user ? await markConsentsOfDeletedProfile(tx, user.id, now) : 0;
    const newAddresses = user ? await pendingNewAddresses(tx, user.id) : [];
    if (user) await deleteUser(tx, user.id);
    const registrations = await deleteRegistrationsForEmail(tx, email);
    const emailTokens = await deleteEmailTokensForEmail(tx, email);
    const mails = await deleteMailTo(tx, [email, ...newAddresses]);
    const report = { userId: user?.id, registrations, mails, emailTokens, consentsKept };
    if (user || registrations > 0) {
      const details = { subject: user?.id ?? null, registrations, by: by === 'self' ? 'self' : 'operator' };
      await recordAudit(tx, { event: 'profile_deleted', ...(by === 'self' ? { userId: user?.id, details } : auditedBy(by, details)) });
    }
    return report;
  });
}
