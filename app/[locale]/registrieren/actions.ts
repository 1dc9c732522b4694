'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db';
import { findCompanyForEmail } from '@/db/queries/companies';
import { redirectTo } from '@/i18n/redirect';
import { submittedInDialog } from '@/lib/forms/dialog-flag';
import { formAction, formValues } from '@/lib/forms/form-action';
import type { FieldErrors } from '@/lib/forms/form-state';
import { readDraft, writeDraft } from '@/lib/registration/draft-cookie';
import { emptyDraft } from '@/lib/registration/draft';
import { registrationSteps } from '@/lib/registration/routes';
import { hashPassword } from '@/lib/security/passwords';
import { isStrongPassword } from '@/lib/validation/password-strength';
import { stepOneKeepPasswordSchema, stepOneSchema } from '@/lib/validation/registration';
import { vm } from '@/lib/validation/messages';

type Field = 'firstName' | 'lastName' | 'email' | 'password';

/** Step 1 → step 2. A password already chosen may stay empty; everything else is checked again. */
export const submitStepOneAction = formAction(
  async () => ((await readDraft())?.stepOne ? stepOneKeepPasswordSchema : stepOneSchema),
  async (data, formData) => {
    const draft = (await readDraft()) ?? emptyDraft();
    const errors: FieldErrors<Field> = {};
    if (!(await findCompanyForEmail(await getDatabase(), data.email))) errors.email = [vm('companyEmail')];
    if (data.password && !isStrongPassword(data.password, [data.firstName, data.lastName, data.email])) {
      errors.password = [vm('passwordWeak')];
    }
    if (Object.keys(errors).length > 0) {
      return { status: 'error', fieldErrors: errors, values: formValues(formData, ['firstName', 'lastName', 'email']) };
    }
    const passwordHash = data.password ? await hashPassword(data.password) : draft.stepOne!.passwordHash;
    await writeDraft({
      ...draft,
      stepOne: { firstName: data.firstName, lastName: data.lastName, email: data.email, passwordHash },
    });
    redirectTo(registrationSteps.two, await getLocale(), { replace: submittedInDialog(formData) });
  },
  'submitStepOneAction',
);
