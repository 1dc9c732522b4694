'use server';

import { getTranslations } from 'next-intl/server';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { operatorAction, refusedState } from '@/lib/forms/operator-action';
import { deletePerson, endPersonSessions, findPerson, liftPersonThrottle, resendPersonConfirmation } from '@/lib/operations/people';
import type { Actor } from '@/lib/operations/actor';
import type { Database } from '@/db';
import { confirmationMailsPerAddress } from '@/lib/registration/limits';
import { personSchema } from '@/lib/validation/console';
import type { Locale } from 'next-intl';
import { displayPerson, type PersonAnswer } from './person-view';

async function answer(db: Database, actor: Actor, address: string, locale: Locale, notice?: string): Promise<{ status: 'success'; data: PersonAnswer }> {
  const found = await findPerson(db, actor, address);
  const person = found.ok ? await displayPerson(address, found.person, locale) : undefined;
  return { status: 'success', data: { person, notice } };
}

/**
 * Support's one form: find by the exact address, and each button beside the result (its `intent`). Every answer
 * shows the person's status again, so the page always says what the action changed.
 */
export const personAction = operatorAction<typeof personSchema, PersonAnswer>({
  name: 'personAction',
  schema: personSchema,
  // A resend is a confirmation mail like the person's own: the same per-address limit counts it.
  limits: ({ intent, address }) => (intent === 'resend' ? [{ rule: confirmationMailsPerAddress, subject: address }] : []),
  handler: async ({ intent, address, confirmDelete }, { actor, locale }) => {
    const db = await getDatabase();
    const t = await getTranslations({ locale, namespace: 'Console.people' });
    const values = { address, intent };
    switch (intent) {
      case 'find':
        return answer(db, actor, address, locale);
      case 'resend': {
        const result = await resendPersonConfirmation(db, actor, { address, pageLocale: locale, appUrl: env().appUrl });
        if (!result.ok) return refusedState(result, {}, values);
        deliverMailAfterResponse();
        return answer(db, actor, address, locale, t('resent'));
      }
      case 'endSessions': {
        const result = await endPersonSessions(db, actor, address);
        if (!result.ok) return refusedState(result, {}, values);
        return answer(db, actor, address, locale, t('sessionsEnded', { ended: result.ended }));
      }
      case 'liftThrottle': {
        const result = await liftPersonThrottle(db, actor, address);
        if (!result.ok) return refusedState(result, {}, values);
        return answer(db, actor, address, locale, t('throttleLifted'));
      }
      case 'delete': {
        if (!confirmDelete) {
          const shown = await answer(db, actor, address, locale);
          return { status: 'success', data: { ...shown.data, confirmMissing: true } };
        }
        const result = await deletePerson(db, actor, address);
        if (!result.ok) return refusedState(result, {}, values);
        return answer(db, actor, address, locale, t('deleted'));
      }
    }
  },
});
