'use server';

import { getLocale } from 'next-intl/server';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { env } from '@/lib/env';
import { submittedInDialog } from '@/lib/forms/dialog-flag';
import { formAction } from '@/lib/forms/form-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { answersFromForm } from '@/lib/registration/answers';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { discardDraft, readDraft } from '@/lib/registration/draft-cookie';
import { acceptLimits } from '@/lib/registration/limits';
import { registrationSteps } from '@/lib/registration/routes';
import { consentSchema } from '@/lib/validation/registration';
import { routes, withQuery } from '@/lib/routes';

/**
 * "Akzeptieren": the only moment anything is stored, as a registration attempt that the confirmation link turns
 * into a profile. The same success page whatever the address (new, pending, confirmed, or over its mail limit).
 */
export const acceptRegistrationAction = formAction({
  name: 'acceptRegistrationAction',
  schema: consentSchema,
  limits: (_data, { ip }) => acceptLimits(ip),
  handler: async (data, { formData, locale }) => {
    const move = { replace: submittedInDialog(formData) };
    const draft = await readDraft();
    if (!draft?.stepOne || !draft.stepTwo) redirectTo(registrationSteps.one, locale, move);
    const outcome = await completeRegistration(await getDatabase(), {
      data: { ...draft.stepOne, ...answersFromForm(draft.stepTwo) },
      draftId: draft.id,
      emailInformation: data.emailInformation === 'on',
      pageLocale: locale,
      appUrl: env().appUrl,
    });
    if (outcome === 'not-a-customer') {
      return { status: 'error', fieldErrors: {}, formError: 'companyEmail', values: {} };
    }
    await discardDraft();
    if (outcome === 'registered' || outcome === 'existing-confirmed') deliverMailAfterResponse();
    redirectTo(registrationSteps.done, locale, move);
  },
});

/** "Ablehnen": the draft is thrown away; nothing was stored, nothing is sent. */
export async function declineRegistrationAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  await discardDraft();
  redirectTo(withQuery(routes.home, { abgebrochen: '1' }), locale, { replace: submittedInDialog(formData) });
}
