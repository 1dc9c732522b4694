'use server';

import { signOut } from '@/auth';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { endOtherSession, signOutEverywhere } from '@/lib/profile/sessions';
import { routes, withQuery } from '@/lib/routes';
import { endSessionSchema, signOutEverywhereSchema } from '@/lib/validation/profile-data';

/** "Beenden": one other session of the person's; an id that is not theirs changes nothing and says nothing. */
export const endSessionAction = signedInAction({
  name: 'endSessionAction',
  schema: endSessionSchema,
  handler: async (data, { ip, locale, session, user }) => {
    const ended = await endOtherSession(await getDatabase(), { userId: user.id, sessionId: data.sessionId, currentSessionId: session.id, ip });
    redirectTo(withQuery(routes.profileSessions, { beendet: ended ? '1' : undefined }), locale);
  },
});

/** "Überall abmelden": every session ends, this one too, so this browser drops its cookie and lands signed out. */
export const signOutEverywhereAction = signedInAction({
  name: 'signOutEverywhereAction',
  schema: signOutEverywhereSchema,
  reauthenticate: true,
  handler: async (_data, { ip, locale, user }) => {
    await signOutEverywhere(await getDatabase(), { userId: user.id, ip });
    await signOut({ redirect: false });
    redirectTo(withQuery(routes.home, { abgemeldet: '1' }), locale);
  },
});
