'use server';

import { getLocale } from 'next-intl/server';
import { signOut } from '@/auth';
import { getDatabase } from '@/lib/database';
import { redirectTo } from '@/i18n/redirect';
import { currentSession } from '@/lib/auth/session';
import { endSession } from '@/lib/auth/sessions';
import { routes } from '@/lib/routes';

/**
 * "Abmelden": a plain form post, so it works without JavaScript. The session row is deleted first, so the cookie
 * (and any copy of it) stops working on every instance; then Auth.js removes the cookie from this browser.
 */
export async function signOutAction(): Promise<void> {
  const current = await currentSession();
  if (current) await endSession(await getDatabase(), current.session.id, current.user.id);
  await signOut({ redirect: false });
  redirectTo(routes.home, await getLocale());
}
