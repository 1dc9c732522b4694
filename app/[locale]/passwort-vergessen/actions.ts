'use server';

import type { Locale } from 'next-intl';
import { getDatabase } from '@/lib/database';
import { redirectTo } from '@/i18n/redirect';
import { resetLimits, sendPasswordResetLink } from '@/lib/auth/password-reset';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { writeMailAfterResponse } from '@/lib/mail/delivery';
import { resetRequestSchema } from '@/lib/validation/sign-in';
import { routes, withQuery } from '@/lib/routes';

const answer = (locale: Locale): never => redirectTo(withQuery(routes.forgotPassword, { gesendet: '1' }), locale);

/** Always the same answer, whether the address has a profile, has none, or asked too often. */
export const requestResetAction = formAction({
  name: 'requestResetAction',
  schema: resetRequestSchema,
  limits: ({ email }, { ip }) => resetLimits(email, ip),
  whenLimited: async (_seconds, _data, { locale }) => answer(locale),
  handler: async ({ email }, { ip, locale }) => {
    const db = await getDatabase();
    // Looking the address up and writing the mail happen after the response: its timing reveals nothing.
    writeMailAfterResponse(() => sendPasswordResetLink(db, { email, ip, pageLocale: locale, appUrl: env().appUrl }), 'requestResetAction');
    return answer(locale);
  },
});
