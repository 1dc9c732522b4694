'use server';

import { getLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { writeMailAfterResponse } from '@/lib/mail/delivery';
import { requestConfirmationResend } from '@/lib/registration/resend-confirmation';
import { clientIp } from '@/lib/security/client-ip';
import { resendConfirmationSchema } from '@/lib/validation/resend-confirmation';

export type ResendAnswer = { outcome: 'sent'; email: string } | { outcome: 'limited'; minutes: number };

/** The same answer for every address; whether a mail went out is only visible in the mailbox. */
export const resendConfirmationAction = formAction(
  resendConfirmationSchema,
  async ({ email }) => {
    const result = await requestConfirmationResend(
      await getDatabase(),
      { email, ip: clientIp(await headers()), pageLocale: await getLocale(), appUrl: env().appUrl },
      // Looking the address up and writing the mail happen after the response: its timing reveals nothing.
      { schedule: (send) => writeMailAfterResponse(send, 'resendConfirmationAction') },
    );
    const answer: ResendAnswer = result.ok
      ? { outcome: 'sent', email }
      : { outcome: 'limited', minutes: Math.ceil(result.retryAfterSeconds / 60) };
    return { status: 'success', data: answer };
  },
  'resendConfirmationAction',
);
