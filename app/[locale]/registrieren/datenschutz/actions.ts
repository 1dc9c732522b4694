'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db';
import { redirectTo } from '@/i18n/redirect';
import { env } from '@/lib/env';
import { submittedInDialog } from '@/lib/forms/dialog-flag';
import { formAction } from '@/lib/forms/form-action';
import { deliverMailAfterResponse } from '@/lib/mail/delivery';
import { completeRegistration } from '@/lib/registration/complete-registration';
import { discardDraft, readDraft } from '@/lib/registration/draft-cookie';
import { registrationSteps } from '@/lib/registration/routes';
import { consentSchema } from '@/lib/validation/registration';

/** "Akzeptieren": the only moment anything is stored. */
export const acceptRegistrationAction = formAction(
  consentSchema,
  async (data, formData) => {
    const locale = await getLocale();
    const move = { replace: submittedInDialog(formData) };
    const draft = await readDraft();
    if (!draft?.stepOne || !draft.stepTwo) redirectTo(registrationSteps.one, locale, move);
    const { stepOne, stepTwo } = draft;
    const outcome = await completeRegistration(await getDatabase(), {
      draft: {
        ...stepOne,
        officeWorkplace: stepTwo.officeWorkplace === 'yes',
        disciplinaryReports: stepTwo.disciplinaryReports === 'yes',
        birthYear: stepTwo.birthYear ? Number(stepTwo.birthYear) : null,
        gender: stepTwo.gender || null,
        language: stepTwo.language || null,
      },
      emailInformation: data.emailInformation === 'on',
      pageLocale: locale,
      appUrl: env().appUrl,
    });
    if (outcome === 'not-a-customer') {
      return { status: 'error', fieldErrors: {}, formError: 'companyEmail', values: {} };
    }
    await discardDraft();
    deliverMailAfterResponse();
    redirectTo(registrationSteps.done, locale, move);
  },
  'acceptRegistrationAction',
);

/** "Ablehnen": the draft is thrown away; nothing was stored, nothing is sent. */
export async function declineRegistrationAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  await discardDraft();
  redirectTo('/?abgebrochen=1', locale, { replace: submittedInDialog(formData) });
}

