'use server';

import { getDatabase } from '@/lib/database';
import { notice, type ConsoleNotice } from '@/lib/forms/console-notice';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { operatorAction, refusedState } from '@/lib/forms/operator-action';
import { retryMail } from '@/lib/operations/mail';
import { retryMailSchema } from '@/lib/validation/console';

export const retryMailAction = operatorAction<typeof retryMailSchema, ConsoleNotice>({
  name: 'retryMailAction',
  schema: retryMailSchema,
  handler: async ({ mail }, { actor }) => {
    const result = await retryMail(await getDatabase(), actor, mail);
    if (!result.ok) return refusedState(result, {}, { mail });
    deliverMailAfterResponse();
    return notice('mail.retried');
  },
});
