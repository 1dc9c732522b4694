import { env, EnvError } from './env';
import { describeError } from '@/lib/log';

/** A bad configuration stops the server with one clear line naming the variable, not a stack trace. */
export function checkConfigurationOrExit(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Opens (and for the embedded database migrates and seeds) the database now, not on the first request. */
export async function warmUpDatabase(): Promise<void> {
  const { getDatabase } = await import('@/db');
  try {
    await getDatabase();
  } catch (error) {
    console.error('database not reachable at start-up:', describeError(error));
  }
}
