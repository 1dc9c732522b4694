'use server';

import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { updateProfileDetails } from '@/lib/profile/update-details';
import { detailsFromForm } from '@/lib/registration/answers';
import { routes, withQuery } from '@/lib/routes';
import { profileDetailsSchema } from '@/lib/validation/registration';

/**
 * "Meine Angaben" saved, then shown again from the database (so the header and the portal follow at once). A new
 * Sprache opens the profile in that language; later mails use it too (they go out in user.language).
 */
export const saveProfileDetailsAction = signedInAction({
  name: 'saveProfileDetailsAction',
  schema: profileDetailsSchema,
  handler: async (data, { user, locale }) => {
    const { user: saved, changed } = await updateProfileDetails(await getDatabase(), user.id, detailsFromForm(data));
    const language = changed.includes('language') && saved.language ? saved.language : locale;
    redirectTo(withQuery(routes.profile, { gespeichert: '1' }), language);
  },
});
