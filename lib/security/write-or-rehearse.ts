import { TransactionRollbackError } from 'drizzle-orm';
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
  try {
    await tx.transaction(async (savepoint) => {
      await work(savepoint);
      if (!keep) savepoint.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
}
