import 'server-only';
import { notFound } from 'next/navigation';
import type { User } from '@/db/schema';
import { currentUser } from './session';

/**
 * The console and each of its actions: the signed-in operator, or a 404 for everyone else (signed in or not),
 * as if the console did not exist. Read from the session row on every request, so a revoked role counts at once.
 */
export async function requireOperator(): Promise<User> {
  const user = await currentUser();
  if (user?.role !== 'operator') notFound();
  return user;
}
