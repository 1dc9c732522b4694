'use server';

import { findCompanyForEmail } from '@/db/queries/companies';
import { redirectTo } from '@/i18n/redirect';
import { getDatabase } from '@/lib/database';
import { submittedInDialog } from '@/lib/forms/dialog-flag';
import { formAction, formValues } from '@/lib/forms/form-action';
import type { FieldErrors } from '@/lib/forms/form-state';
import { emptyDraft } from '@/lib/registration/draft';
import { readDraft, writeDraft } from '@/lib/registration/draft-cookie';
import { stepOneLimits } from '@/lib/registration/limits';
import { registrationSteps } from '@/lib/registration/routes';
import { hashPassword } from '@/lib/security/passwords';
import { vm } from '@/lib/validation/messages';
import { isStrongPassword } from '@/lib/validation/password-strength';
import { stepOneKeepPasswordSchema, stepOneSchema } from '@/lib/validation/registration';

type Field = 'firstName' | 'lastName' | 'email' | 'password';

/** Step 1 → step 2. A password already chosen may stay empty; everything else is checked again. */
export const submitStepOneAction = formAction({
  name: 'submitStepOneAction',
  schema: async () => ((await readDraft())?.stepOne ? stepOneKeepPasswordSchema : stepOneSchema),
  limits: (_data, { ip }) => stepOneLimits(ip),
  handler: async (data, { formData, locale }) => {
    const draft = (await readDraft()) ?? emptyDraft();
    const errors: FieldErrors<Field> = {};
    if (!(await findCompanyForEmail(await getDatabase(), data.email))) errors.email = [vm('companyEmail')];
    if (data.password && !(await isStrongPassword(data.password, [data.firstName, data.lastName, data.email]))) {
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
    redirectTo(registrationSteps.two, locale, { replace: submittedInDialog(formData) });
  },
});
