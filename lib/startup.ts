import { env, EnvError } from './env';
import { describeError } from '@/lib/log';
import { recordPeerAddresses } from '@/lib/security/peer-address';

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

/**
 * Self-hosted, the client's address comes from the TCP connection (see lib/security/client-ip.ts). Vercel names
 * the client itself and runs no long-lived server of ours, so nothing is hooked there.
 */
export function recordClientAddresses(): void {
  if (!env().VERCEL) recordPeerAddresses();
}

/**
 * Builds the password-strength dictionaries now (about a second of one core) rather than in the first person's
 * registration request.
 */
export async function warmUpPasswordCheck(): Promise<void> {
  const { isStrongPassword } = await import('@/lib/validation/password-strength');
  await isStrongPassword('warm up', []);
}

/** Opens (and for the embedded database migrates and seeds) the database now, not on the first request. */
export async function warmUpDatabase(): Promise<void> {
  const { getDatabase } = await import('@/lib/database');
  try {
    await getDatabase();
  } catch (error) {
    console.error('database not reachable at start-up:', describeError(error));
  }
}
