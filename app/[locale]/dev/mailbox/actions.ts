'use server';

import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDatabase } from '@/db';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { sendMail } from '@/lib/mail/send-mail';
import { testMailSchema } from '@/lib/validation/test-mail';

export const sendTestMailAction = formAction(
  testMailSchema,
  async ({ to }) => {
    if (!env().devMailboxEnabled) notFound();
    const locale = await getLocale();
    await sendMail(await getDatabase(), { to, template: 'test', locale, data: { portalUrl: `${env().appUrl}/` } });
    deliverMailAfterResponse();
    return { status: 'success', data: { to } };
  },
  'sendTestMailAction',
);
