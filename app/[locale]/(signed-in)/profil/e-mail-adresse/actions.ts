'use server';

import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { requestEmailChange } from '@/lib/profile/change-email';
import { routes, withQuery } from '@/lib/routes';
import type { RateLimitRule } from '@/lib/security/rate-limit';
import { vm } from '@/lib/validation/messages';
import { changeEmailSchema } from '@/lib/validation/profile-access';

/** Per IP besides the per-person limit (lib/profile/change-email.ts): each request may send a mail. */
const requestsPerIp: RateLimitRule = { name: 'profile-email-ip', limit: 30, windowSeconds: 60 * 60 };

/**
 * "Bestätigungslink senden": the current password, then a link to the new address. A free address and one
 * another profile has get the same answer ("we sent a link"); only a foreign domain is named, as at registration.
 */
export const requestEmailChangeAction = signedInAction({
  name: 'requestEmailChangeAction',
  schema: changeEmailSchema,
  reauthenticate: true,
  limits: (_data, { ip }) => [{ rule: requestsPerIp, subject: ip }],
  handler: async (data, { ip, locale, user }) => {
    const request = { user, newEmail: data.newEmail, ip, pageLocale: locale, appUrl: env().appUrl };
    const answer = await requestEmailChange(await getDatabase(), request);
    const values = { newEmail: data.newEmail };
    switch (answer.outcome) {
      case 'same':
        return { status: 'error', fieldErrors: { newEmail: [vm('emailUnchanged')] }, values };
      case 'not-a-customer':
        return { status: 'error', fieldErrors: { newEmail: [vm('companyEmail')] }, values };
      case 'limited':
        return { status: 'error', fieldErrors: {}, formError: vm('rateLimited', { minutes: Math.ceil(answer.retryAfterSeconds / 60) }), values };
      case 'sent':
      case 'in-use':
        deliverMailAfterResponse();
        break;
      case 'mail-limited':
        break;
    }
    redirectTo(withQuery(routes.profileEmail, { gesendet: '1' }), locale);
  },
});
