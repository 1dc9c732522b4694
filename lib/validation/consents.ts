import { z } from 'zod';
import { vm } from './messages';
import { consentSchema } from './registration';

/** "Einwilligungen": the optional e-mail consent as a checkbox; an unticked box (sent as nothing) withdraws it. */
export const emailInformationSchema = consentSchema.pick({ emailInformation: true });

/** /zustimmung: the terms' checkbox (the registration's wording), and where the person was going. */
export const acceptTermsSchema = z.object({
  termsOfUse: z.literal('on', { error: vm('termsRequiredToContinue') }),
  weiter: z.string().max(500).optional(),
});
