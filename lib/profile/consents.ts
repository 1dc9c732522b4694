import type { Database, Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit-log';
import { type ConsentKind, findLatestConsent, recordConsent } from '@/db/queries/consents';
import type { Locale } from '@/db/schema';
import { EMAIL_INFORMATION_VERSION, TERMS_OF_USE_VERSION } from '@/lib/legal/versions';

/** Whether the person's newest terms-of-use row grants today's version; if not, they are asked again. */
export async function hasAcceptedCurrentTerms(db: Executor, userId: string): Promise<boolean> {
  const latest = await findLatestConsent(db, userId, 'terms_of_use');
  return latest?.granted === true && latest.textVersion === TERMS_OF_USE_VERSION;
}

type Change = { userId: string; granted: boolean; locale: Locale; now?: Date };

/**
 * One change of a consent: a new ledger row (earlier rows stay as they are) with the version and the language
 * of the text the person saw, and an audit event. A change to what the newest row already says writes nothing.
 */
async function changeConsent(db: Database, kind: ConsentKind, textVersion: string, change: Change): Promise<boolean> {
  return db.transaction(async (tx) => {
    const latest = await findLatestConsent(tx, change.userId, kind);
    if (latest && latest.granted === change.granted && latest.textVersion === textVersion) return false;
    const at = change.now ?? new Date();
    await recordConsent(tx, { userId: change.userId, kind, textVersion, locale: change.locale, granted: change.granted, createdAt: at });
    await recordAudit(tx, { event: 'consent_changed', userId: change.userId, details: { kind, granted: change.granted, version: textVersion } });
    return true;
  });
}

/** The optional e-mail information: withdrawn or given again on "Einwilligungen", as often as the person likes. */
export function setEmailInformation(db: Database, change: Change): Promise<boolean> {
  return changeConsent(db, 'email_information', EMAIL_INFORMATION_VERSION, change);
}

/** The current terms of use accepted on /zustimmung (they cannot be withdrawn; deleting the profile ends them). */
export function acceptCurrentTerms(db: Database, change: Omit<Change, 'granted'>): Promise<boolean> {
  return changeConsent(db, 'terms_of_use', TERMS_OF_USE_VERSION, { ...change, granted: true });
}
