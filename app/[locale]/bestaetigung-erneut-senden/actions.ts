'use server';

import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { writeMailAfterResponse } from '@/lib/mail/delivery';
import { resendConfirmation, resendLimits } from '@/lib/registration/resend-confirmation';
import { resendConfirmationSchema } from '@/lib/validation/resend-confirmation';

export type ResendAnswer = { outcome: 'sent'; email: string } | { outcome: 'limited'; minutes: number };

/**
 * The same answer for every address; whether a mail went out is only visible in the mailbox. The limits count
 * every request, known address or not, so reaching them reveals nothing either.
 */
export const resendConfirmationAction = formAction<typeof resendConfirmationSchema, ResendAnswer>({
  name: 'resendConfirmationAction',
  schema: resendConfirmationSchema,
  limits: ({ email }, { ip }) => resendLimits(email, ip),
  whenLimited: async (seconds) => ({ status: 'success', data: { outcome: 'limited', minutes: Math.ceil(seconds / 60) } }),
  handler: async ({ email }, { locale }) => {
    const db = await getDatabase();
    // Looking the address up and writing the mail happen after the response: its timing reveals nothing.
    writeMailAfterResponse(() => resendConfirmation(db, { email, pageLocale: locale, appUrl: env().appUrl }), 'resendConfirmationAction');
    return { status: 'success', data: { outcome: 'sent', email } };
  },
});
