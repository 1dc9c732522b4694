import type { Executor } from '@/db';
import { deleteStaleMail, findMail, listMailbox } from '@/db/queries/mail-outbox';

const HOUR_MS = 60 * 60 * 1000;
/** A captured mail is for reading within the day; after that the mailbox forgets it. */
export const CAPTURED_MAIL_MS = 24 * HOUR_MS;
/** Sent and failed rows (without their body once sent) stay a week for support questions, then go. */
export const DELIVERED_MAIL_MS = 7 * 24 * HOUR_MS;

/** The clean-up the cron jobs run: nothing usable lies around in the outbox (see deleteStaleMail). */
export function discardStaleMail(db: Executor, now = new Date()): Promise<number> {
  return deleteStaleMail(db, now, { capturedForMs: CAPTURED_MAIL_MS, deliveredForMs: DELIVERED_MAIL_MS });
}

/** The mailbox as it may be shown now: never a mail the clean-up would already have deleted. */
export function mailboxMails(db: Executor, options: { to?: string; limit: number }) {
  return listMailbox(db, { ...options, visible: { now: new Date(), capturedForMs: CAPTURED_MAIL_MS } });
}

export function mailboxMail(db: Executor, id: string) {
  return findMail(db, id, { visible: { now: new Date(), capturedForMs: CAPTURED_MAIL_MS } });
}
