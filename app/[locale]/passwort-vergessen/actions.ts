'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db';
import { redirectTo } from '@/i18n/redirect';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { writeMailAfterResponse } from '@/lib/mail/delivery';
import { clientIp } from '@/lib/security/client-ip';
import { resetRequestSchema } from '@/lib/validation/sign-in';

/** Always the same answer, whether the address has a profile, has none, or asked too often. */
export const requestResetAction = formAction(
  resetRequestSchema,
  async (data) => {
    const locale = await getLocale();
    await requestPasswordReset(
      await getDatabase(),
      { email: data.email, ip: clientIp(await headers()), pageLocale: locale, appUrl: env().appUrl },
      new Date(),
      // Looking the address up and writing the mail happen after the response: its timing reveals nothing.
      { schedule: (send) => writeMailAfterResponse(send, 'requestResetAction') },
    );
    redirectTo('/passwort-vergessen?gesendet=1', locale);
  },
  'requestResetAction',
);
