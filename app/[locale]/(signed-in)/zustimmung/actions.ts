'use server';

import { redirectTo } from '@/i18n/redirect';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getDatabase } from '@/lib/database';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { acceptCurrentTerms } from '@/lib/profile/consents';
import { routes } from '@/lib/routes';
import { acceptTermsSchema } from '@/lib/validation/consents';

/** "Akzeptieren": the current terms of use go into the ledger, and the person on to where they were going. */
export const acceptTermsAction = signedInAction({
  name: 'acceptTermsAction',
  schema: acceptTermsSchema,
  handler: async (data, { user, locale }) => {
    await acceptCurrentTerms(await getDatabase(), { userId: user.id, locale });
    redirectTo(safeReturnPath(data.weiter) ?? routes.home, locale);
  },
});
