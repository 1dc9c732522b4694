import type { Gender, Locale } from '@/db/schema';
import type { ProfileDetailsForm, StepTwo } from '@/lib/validation/registration';

/**
 * The step-2 answers as the portal keeps them: the form's strings ('yes', '1984', '') become booleans, a number
 * and nulls once, here. Registration and the profile page ("Meine Angaben") read and write this one shape.
 */
export type ProfileAnswers = {
  officeWorkplace: boolean;
  disciplinaryReports: boolean;
  birthYear: number | null;
  gender: Gender | null;
  language: Locale | null;
};

/** What a person can change on "Meine Angaben": the name and the answers. */
export type ProfileDetails = ProfileAnswers & { firstName: string; lastName: string };

/** Everything one run through the registration collected before "Akzeptieren". */
export type RegistrationData = ProfileDetails & { email: string; passwordHash: string };

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

export function detailsFromForm({ firstName, lastName, ...answers }: ProfileDetailsForm): ProfileDetails {
  return { firstName, lastName, ...answersFromForm(answers) };
}

export function detailsToForm(details: ProfileDetails): ProfileDetailsForm {
  return { firstName: details.firstName, lastName: details.lastName, ...answersToForm(details) };
}
