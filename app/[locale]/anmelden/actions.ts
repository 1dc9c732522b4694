'use server';

import { headers } from 'next/headers';
import { signIn } from '@/auth';
import { redirectTo } from '@/i18n/redirect';
import { issueSignInGrant } from '@/lib/auth/grant';
import { safeReturnPath } from '@/lib/auth/return-path';
import { startSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { getDatabase } from '@/lib/database';
import { submittedInDialog } from '@/lib/forms/dialog-flag';
import { formAction, formValues } from '@/lib/forms/form-action';
import { vm } from '@/lib/validation/messages';
import { signInSchema } from '@/lib/validation/sign-in';

/**
 * "Anmelden": the password is checked (and throttled per address+IP, address and IP: lib/auth/throttle.ts) here,
 * so every refusal is one of our translated messages; a session row is started, and Auth.js only turns the
 * sealed grant naming it into its session cookie. The person lands in their own language.
 */
export const signInAction = formAction({
  name: 'signInAction',
  schema: signInSchema,
  handler: async (data, { formData, ip, locale }) => {
    const db = await getDatabase();
    const outcome = await signInWithPassword(db, { email: data.email, password: data.password, ip });
    if (outcome.status !== 'ok') {
      const formError =
        outcome.status === 'throttled'
          ? vm('signInThrottled', { minutes: Math.ceil(outcome.retryAfterSeconds / 60) })
          : outcome.status === 'unconfirmed'
            ? 'signInUnconfirmed'
            : outcome.status === 'company-inactive'
              ? 'signInCompanyInactive'
              : 'signInFailed';
      return { status: 'error', fieldErrors: {}, formError, values: formValues(formData, ['email', 'next']) };
    }
    const { user } = outcome;
    const sessionId = await startSession(db, { userId: user.id, ip, userAgent: (await headers()).get('user-agent') });
    await signIn('credentials', { grant: issueSignInGrant(user.id, sessionId), redirect: false });
    // From the dialog, the page after sign-in replaces the dialog's history entry (see lib/forms/dialog-flag.ts).
    redirectTo(safeReturnPath(data.next) ?? '/', user.language ?? locale, { replace: submittedInDialog(formData) });
  },
});
