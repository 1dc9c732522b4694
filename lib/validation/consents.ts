import { z } from 'zod';
import { printable } from './fields';
import { vm } from './messages';
import { consentSchema } from './registration';

/** "Einwilligungen": the optional e-mail consent as a checkbox; an unticked box (sent as nothing) withdraws it. */
export const emailInformationSchema = consentSchema.pick({ emailInformation: true });

/** /zustimmung: the terms' checkbox (the registration's wording), and where the person was going. */
export const acceptTermsSchema = z.object({
  termsOfUse: z.literal('on', { error: vm('termsRequiredToContinue') }),
  // Where to go on: an odd value means the portal home (safeReturnPath decides), never an error.
  weiter: z.string().max(500).refine(printable).optional().catch(undefined),
});
