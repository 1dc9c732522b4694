import 'server-only';
import type { Locale } from 'next-intl';
import { cache } from 'react';
import { auth } from '@/auth';
import type { User } from '@/db/schema';
import { redirectTo } from '@/i18n/redirect';
import { sessionById } from './session-by-id';
import type { CurrentSession } from './session-check';

/** This request's session row and its person, read once per request (header and page share it), or null. */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  return (await sessionById(session.sessionId)) ?? null;
});

/** The signed-in person, or null. */
export async function currentUser(): Promise<User | null> {
  return (await currentSession())?.user ?? null;
}

/** Portal pages: the signed-in person, or off to the sign-in mask, which sends them back to `path` afterwards. */
export async function requireUser(path: string, locale: Locale): Promise<User> {
  const user = await currentUser();
  if (!user) redirectTo(`/anmelden?weiter=${encodeURIComponent(path)}`, locale);
  return user;
}
