import type { Database } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { findUserById, updateUserDetails } from '@/db/queries/users';
import type { User } from '@/db/schema';
import type { ProfileDetails } from '@/lib/registration/answers';

const FIELDS = ['firstName', 'lastName', 'officeWorkplace', 'disciplinaryReports', 'birthYear', 'gender', 'language'] as const satisfies (keyof ProfileDetails)[];

export type DetailsUpdate = { user: User; changed: (keyof ProfileDetails)[] };

/**
 * "Meine Angaben" saved: the person's row (found by the session's user id only) gets the new details, and the
 * audit log the names of the fields that changed, never their values. Saving unchanged details writes nothing.
 */
export async function updateProfileDetails(db: Database, userId: string, details: ProfileDetails, now = new Date()): Promise<DetailsUpdate> {
  return db.transaction(async (tx) => {
    const before = await findUserById(tx, userId);
    if (!before) throw new Error('the signed-in person has no profile');
    const changed = FIELDS.filter((field) => before[field] !== details[field]);
    if (changed.length === 0) return { user: before, changed };
    const picked = Object.fromEntries(FIELDS.map((field) => [field, details[field]])) as ProfileDetails;
    const user = await updateUserDetails(tx, userId, picked, now);
    if (!user) throw new Error('the signed-in person has no profile');
    await recordAudit(tx, { event: 'profile_updated', userId, details: { fields: changed.join(',') } });
    return { user, changed };
  });
}
