'use server';

import { signOut } from '@/auth';
import { redirectTo } from '@/i18n/redirect';
import { completePasswordReset, findResetLinkOwner } from '@/lib/auth/password-reset';
import { resetLink } from '@/lib/auth/reset-link-cookie';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { hashPassword } from '@/lib/security/passwords';
import { vm } from '@/lib/validation/messages';
import { isStrongPassword } from '@/lib/validation/password-strength';
import { newPasswordSchema } from '@/lib/validation/sign-in';
import { routes, withQuery } from '@/lib/routes';

/** "Passwort speichern": the registration's rules, then every session ends and the person signs in afresh. */
export const setNewPasswordAction = formAction({
  name: 'setNewPasswordAction',
  schema: newPasswordSchema,
  handler: async (data, { ip, locale }) => {
    const db = await getDatabase();
    const token = await resetLink.read();
    const owner = await findResetLinkOwner(db, token);
    if (!owner) return { status: 'error', fieldErrors: {}, formError: 'resetLinkInvalid', values: {} };
    if (!(await isStrongPassword(data.password, [owner.firstName, owner.lastName, owner.email]))) {
      return { status: 'error', fieldErrors: { password: [vm('passwordWeak')] }, values: {} };
    }
    const passwordHash = await hashPassword(data.password);
    const user = await completePasswordReset(db, { token, passwordHash, ip, pageLocale: locale, appUrl: env().appUrl });
    if (!user) return { status: 'error', fieldErrors: {}, formError: 'resetLinkInvalid', values: {} };
    deliverMailAfterResponse();
    await resetLink.discard();
    // This browser's own session (if any) ended with the others; drop its cookie too.
    await signOut({ redirect: false });
    redirectTo(withQuery(routes.signIn, { zurueckgesetzt: '1' }), user.language ?? locale);
  },
});
