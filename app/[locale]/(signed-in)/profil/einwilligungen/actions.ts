'use server';

import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { setEmailInformation } from '@/lib/profile/consents';
import { routes, withQuery } from '@/lib/routes';
import { emailInformationSchema } from '@/lib/validation/consents';

/** Withdraws or gives again the e-mail consent: a new ledger row in the page's language, then the ledger again. */
export const saveEmailInformationAction = signedInAction({
  name: 'saveEmailInformationAction',
  schema: emailInformationSchema,
  handler: async (data, { user, locale }) => {
    await setEmailInformation(await getDatabase(), { userId: user.id, granted: data.emailInformation === 'on', locale });
    redirectTo(withQuery(routes.profileConsents, { gespeichert: '1' }), locale);
  },
});
