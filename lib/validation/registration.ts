import { z } from 'zod';
import { email, requiredText } from './fields';
import { vm } from './messages';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const BIRTH_YEAR_MIN = 1920;
/** People start work at 15 at the earliest; the bound moves with the calendar. */
export const birthYearMax = () => new Date().getFullYear() - 15;

/** Letters (any script), spaces, hyphens, apostrophes and dots: real names, never markup. */
const personName = requiredText(100).refine((v) => /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(v), vm('name'));

export const password = z
  .string({ error: vm('required') })
  .min(1, { error: vm('required'), abort: true })
  .min(PASSWORD_MIN, vm('passwordTooShort', { min: PASSWORD_MIN }))
  .max(PASSWORD_MAX, vm('passwordTooLong', { max: PASSWORD_MAX }));

/** The password a signed-in person already has, asked again before a change of access: only its presence is checked. */
export const currentPassword = z
  .string({ error: vm('required') })
  .min(1, vm('required'))
  .max(PASSWORD_MAX, vm('passwordTooLong', { max: PASSWORD_MAX }));

export const stepOneSchema = z.object({ firstName: personName, lastName: personName, email, password });

/** Back on step 1 with a password already chosen: an empty field keeps it. */
export const stepOneKeepPasswordSchema = stepOneSchema.extend({
  password: z.union([z.literal(''), password]).optional().default(''),
});

const yesNo = z.enum(['yes', 'no'], { error: vm('chooseOne') });

export const stepTwoSchema = z.object({
  officeWorkplace: yesNo,
  disciplinaryReports: yesNo,
  birthYear: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((v) => v === '' || (/^\d{4}$/.test(v) && Number(v) >= BIRTH_YEAR_MIN && Number(v) <= birthYearMax()), {
      message: vm('birthYear', { min: BIRTH_YEAR_MIN, max: birthYearMax() }),
    }),
  gender: z.enum(['', 'female', 'male', 'diverse'], { error: vm('invalidChoice') }).optional().default(''),
  language: z.enum(['', 'de', 'en'], { error: vm('invalidChoice') }).optional().default(''),
});

/** "Meine Angaben" on the profile: the name from step 1 and the step-2 answers, checked exactly as at registration. */
export const profileDetailsSchema = stepOneSchema.pick({ firstName: true, lastName: true }).extend(stepTwoSchema.shape);

export const consentSchema = z.object({
  termsOfUse: z.literal('on', { error: vm('termsRequired') }),
  emailInformation: z.literal('on', { error: vm('invalidChoice') }).optional(),
});

export type StepOne = z.output<typeof stepOneSchema>;
export type StepTwo = z.output<typeof stepTwoSchema>;
export type ProfileDetailsForm = z.output<typeof profileDetailsSchema>;
