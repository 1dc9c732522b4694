'use server';

import { z } from 'zod';
import { redirectTo } from '@/i18n/redirect';
import { currentSession } from '@/lib/auth/session';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { confirmEmailChange } from '@/lib/profile/change-email';
import { emailChangeLink } from '@/lib/profile/email-change-link-cookie';
import { routes, withQuery } from '@/lib/routes';

/**
 * "Neue E-Mail-Adresse bestätigen": the POST that changes the address, with the token the link left in its
 * sealed cookie. Signed in as the owner, this browser stays signed in and goes back to the profile; otherwise
 * every session of the owner has ended and the page says to sign in with the new address.
 */
export const confirmEmailChangeAction = formAction({
  name: 'confirmEmailChangeAction',
  schema: z.object({}),
  handler: async (_data, { locale }) => {
    const current = await currentSession();
    const confirmation = { token: await emailChangeLink.read(), keepSessionId: current?.session.id, pageLocale: locale, appUrl: env().appUrl };
    const { result, user } = await confirmEmailChange(await getDatabase(), confirmation);
    await emailChangeLink.discard();
    if (result === 'changed') deliverMailAfterResponse();
    if (result === 'changed' && user && current?.user.id === user.id) redirectTo(withQuery(routes.profileEmail, { geaendert: '1' }), locale);
    redirectTo(withQuery(routes.profileEmailConfirmation, { ergebnis: result }), locale);
  },
});
