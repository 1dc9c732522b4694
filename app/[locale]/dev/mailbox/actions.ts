'use server';

import type { RateLimitRule } from '@/lib/security/rate-limit';
import { requireMailboxAccess } from '@/lib/mail/mailbox-guard';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { formAction } from '@/lib/forms/form-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { sendMail } from '@/lib/mail/send-mail';
import { testMailSchema } from '@/lib/validation/test-mail';

/** Per IP: the mailbox is QA's, but every form that sends mail has a limit. */
const testMailsPerIp: RateLimitRule = { name: 'test-mail-ip', limit: 60, windowSeconds: 60 * 60 };

export const sendTestMailAction = formAction<typeof testMailSchema, { to: string }>({
  name: 'sendTestMailAction',
  schema: testMailSchema,
  limits: (_data, { ip }) => [{ rule: testMailsPerIp, subject: ip }],
  handler: async ({ to }, { locale }) => {
    await requireMailboxAccess();
    await sendMail(await getDatabase(), { to, template: 'test', locale, data: { portalUrl: `${env().appUrl}/` } });
    deliverMailAfterResponse();
    return { status: 'success', data: { to } };
  },
});
