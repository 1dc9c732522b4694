import type { Executor } from '@/db';

/**
 * Runs `work` in a savepoint of the caller's transaction and keeps what it wrote only when `keep` is true.
 *
 * The forms that must not reveal whether an address is known (reset, resend) answer first and do their work
 * after the answer, where it still slows the next request. For an unknown address they run the very statements
 * a known one runs, on an owner that does not exist, and roll them back: the same round trips, the same
 * rendering, the same rows written to the log, and nothing of it stays.
 */
export async function writeOrRehearse(tx: Executor, keep: boolean, work: (savepoint: Executor) => Promise<void>): Promise<void> {
  // Our own marker, recognised by identity: drizzle's TransactionRollbackError is a different class in each of
  // the module graphs Next bundles, so `instanceof` missed it in the production build and the whole transaction
  // (the audit row with it) went.
  const rehearsed = new Error('rehearsal rolled back');
  try {
    await tx.transaction(async (savepoint) => {
      await work(savepoint);
      if (!keep) throw rehearsed;
    });
  } catch (error) {
    if (error !== rehearsed) throw error;
  }
}
