import 'server-only';
import type { Locale } from 'next-intl';
import { cache } from 'react';
import { auth } from '@/auth';
import type { User } from '@/db/schema';
import { redirectTo } from '@/i18n/redirect';
import { userById } from './user-by-id';

/** The signed-in person, read once per request (header and page share it), or null. */
export const currentUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  if (!session?.user.id) return null;
  return (await userById(session.user.id)) ?? null;
});

/** Portal pages: the signed-in person, or off to the sign-in mask, which sends them back to `path` afterwards. */
export async function requireUser(path: string, locale: Locale): Promise<User> {
  const user = await currentUser();
  if (!user) redirectTo(`/anmelden?weiter=${encodeURIComponent(path)}`, locale);
  return user;
}
