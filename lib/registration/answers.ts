import type { Gender, Locale } from '@/db/schema';
import type { StepTwo } from '@/lib/validation/registration';

/**
 * The step-2 answers as the portal keeps them: the form's strings ('yes', '1984', '') become booleans, a number
 * and nulls once, here. Registration and (later) the profile page read and write this one shape.
 */
export type ProfileAnswers = {
  officeWorkplace: boolean;
  disciplinaryReports: boolean;
  birthYear: number | null;
  gender: Gender | null;
  language: Locale | null;
};

/** Everything one run through the registration collected before "Akzeptieren". */
export type RegistrationData = ProfileAnswers & { firstName: string; lastName: string; email: string; passwordHash: string };

export function answersFromForm(form: StepTwo): ProfileAnswers {
  return {
    officeWorkplace: form.officeWorkplace === 'yes',
    disciplinaryReports: form.disciplinaryReports === 'yes',
    birthYear: form.birthYear ? Number(form.birthYear) : null,
    gender: form.gender || null,
    language: form.language || null,
  };
}

/** The answers back as form entries, for a form that shows them again. */
export function answersToForm(answers: ProfileAnswers): StepTwo {
  return {
    officeWorkplace: answers.officeWorkplace ? 'yes' : 'no',
    disciplinaryReports: answers.disciplinaryReports ? 'yes' : 'no',
    birthYear: answers.birthYear === null ? '' : String(answers.birthYear),
    gender: answers.gender ?? '',
    language: answers.language ?? '',
  };
}
