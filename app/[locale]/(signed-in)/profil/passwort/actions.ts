'use server';

import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { signedInAction } from '@/lib/forms/signed-in-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { changePassword } from '@/lib/profile/change-password';
import { routes, withQuery } from '@/lib/routes';
import { hashPassword } from '@/lib/security/passwords';
import type { RateLimitRule } from '@/lib/security/rate-limit';
import { vm } from '@/lib/validation/messages';
import { isStrongPassword } from '@/lib/validation/password-strength';
import { changePasswordSchema } from '@/lib/validation/profile-access';

/** Each change costs an argon2id hash and a mail; wrong current passwords count on the sign-in throttle besides. */
const changesPerIp: RateLimitRule = { name: 'profile-password-ip', limit: 30, windowSeconds: 60 * 60 };

/** "Passwort ändern": the current password, a new one by the registration's rules; other sessions end. */
export const changePasswordAction = signedInAction({
  name: 'changePasswordAction',
  schema: changePasswordSchema,
  reauthenticate: true,
  limits: (_data, { ip }) => [{ rule: changesPerIp, subject: ip }],
  handler: async (data, { ip, locale, session, user }) => {
    if (!(await isStrongPassword(data.newPassword, [user.firstName, user.lastName, user.email]))) {
      return { status: 'error', fieldErrors: { newPassword: [vm('passwordWeak')] }, values: {} };
    }
    const passwordHash = await hashPassword(data.newPassword);
    await changePassword(await getDatabase(), { userId: user.id, sessionId: session.id, passwordHash, ip, pageLocale: locale, appUrl: env().appUrl });
    deliverMailAfterResponse();
    redirectTo(withQuery(routes.profilePassword, { geaendert: '1' }), locale);
  },
});
