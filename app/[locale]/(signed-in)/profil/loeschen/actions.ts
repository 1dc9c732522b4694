'use server';

import { signOut } from '@/auth';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { deleteProfile } from '@/lib/profile/delete-profile';
import { routes, withQuery } from '@/lib/routes';
import { deleteProfileSchema } from '@/lib/validation/profile-data';

/**
 * "Profil löschen", after the current password and the tick: everything that names the person goes (the sessions
 * with the profile), this browser drops its cookie as "Abmelden" does, and the home page says it is done.
 */
export const deleteProfileAction = signedInAction({
  name: 'deleteProfileAction',
  schema: deleteProfileSchema,
  reauthenticate: true,
  handler: async (_data, { locale, user }) => {
    await deleteProfile(await getDatabase(), user.email, 'self');
    await signOut({ redirect: false });
    redirectTo(withQuery(routes.home, { geloescht: '1' }), locale);
  },
});
