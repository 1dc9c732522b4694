import { z } from 'zod';
import { consentSchema } from './registration';

/** "Einwilligungen": the optional e-mail consent as a checkbox; an unticked box (sent as nothing) withdraws it. */
export const emailInformationSchema = consentSchema.pick({ emailInformation: true });

/** /zustimmung: the terms' checkbox as at registration, and where the person was going. */
export const acceptTermsSchema = consentSchema.pick({ termsOfUse: true }).extend({ weiter: z.string().max(500).optional() });
