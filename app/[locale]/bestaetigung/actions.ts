'use server';

import { z } from 'zod';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { formAction } from '@/lib/forms/form-action';
import { confirmationLink } from '@/lib/registration/confirm-link-cookie';
import { confirmRegistration } from '@/lib/registration/confirm-email';
import { routes, withQuery } from '@/lib/routes';

/** "E-Mail-Adresse bestätigen": the POST that confirms, with the token the link left in its sealed cookie. */
export const confirmRegistrationAction = formAction({
  name: 'confirmRegistrationAction',
  schema: z.object({}),
  handler: async (_data, { locale }) => {
    const result = await confirmRegistration(await getDatabase(), await confirmationLink.read());
    await confirmationLink.discard();
    redirectTo(withQuery(routes.confirmed, { ergebnis: result }), locale);
  },
});
