'use server';

import { getLocale } from 'next-intl/server';
import { signOut } from '@/auth';
import { getDatabase } from '@/lib/database';
import { recordAudit } from '@/db/queries/audit-log';
import { redirectTo } from '@/i18n/redirect';
import { currentUser } from '@/lib/auth/session';

/** "Abmelden": a plain form post, so it works without JavaScript; the session cookie is removed. */
export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  await signOut({ redirect: false });
  if (user) await recordAudit(await getDatabase(), { event: 'sign_out', userId: user.id });
  redirectTo('/', await getLocale());
}
