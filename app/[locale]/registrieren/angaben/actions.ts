'use server';

import { getLocale } from 'next-intl/server';
import { redirectTo } from '@/i18n/redirect';
import { submittedInDialog } from '@/lib/forms/dialog-flag';
import { formAction } from '@/lib/forms/form-action';
import { readDraft, writeDraft } from '@/lib/registration/draft-cookie';
import { registrationSteps } from '@/lib/registration/routes';
import { stepTwoSchema } from '@/lib/validation/registration';

/** The step's fields, named once by its schema. */
const STEP_TWO_FIELDS = Object.keys(stepTwoSchema.shape);

/** Step 2 → step 3, with every answer checked. */
export const submitStepTwoAction = formAction({
  name: 'submitStepTwoAction',
  schema: stepTwoSchema,
  handler: async (data, { formData, locale }) => {
    const draft = await readDraft();
    const move = { replace: submittedInDialog(formData) };
    if (!draft?.stepOne) redirectTo(registrationSteps.one, locale, move);
    await writeDraft({ ...draft, stepTwo: data, stepTwoEntries: entriesOf(formData) });
    redirectTo(registrationSteps.three, locale, move);
  },
});

/** "Zurück": keeps whatever was entered here, complete or not, and returns to step 1 (WCAG 3.3.7). */
export async function backToStepOneAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const draft = await readDraft();
  if (draft) await writeDraft({ ...draft, stepTwoEntries: entriesOf(formData) });
  redirectTo(registrationSteps.one, locale, { replace: submittedInDialog(formData) });
}

function entriesOf(formData: FormData): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const field of STEP_TWO_FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string') entries[field] = value.slice(0, 20);
  }
  return entries;
}
