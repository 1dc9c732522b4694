import { expect, type Page } from '@playwright/test';
import { seedContent } from '../../db/seed-data';
import type { Mailbox } from './fixtures';
import { confirmByLink, confirmationLink, fillStepOne, fillStepTwo, GOOD_PASSWORD, type Person } from './registration';

/** Registers in German with the given step-2 answers and opens the confirmation link from the mailbox. */
export async function registerAndConfirm(
  page: Page,
  mailbox: Mailbox,
  person: Person,
  answers: { office: 'Ja' | 'Nein'; leader: 'Ja' | 'Nein'; language?: string } = { office: 'Ja', leader: 'Nein' },
) {
  await page.goto('/registrieren');
  await fillStepOne(page, person);
  await fillStepTwo(page, answers);
  await page.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/).check();
  await page.getByRole('button', { name: 'Akzeptieren' }).click();
  await expect(page.getByRole('heading', { name: 'Registrierung erfolgreich' })).toBeVisible();
  await confirmByLink(page, confirmationLink((await mailbox.latest(person.email)).links));
}

/** Fills the sign-in mask by its German or English labels and presses the button. */
export async function signIn(page: Page, email: string, password = GOOD_PASSWORD, language: 'de' | 'en' = 'de') {
  const de = language === 'de';
  await page.getByLabel(de ? 'E-Mail-Adresse' : 'E-mail address').fill(email);
  await page.getByLabel(de ? 'Passwort' : 'Password', { exact: true }).fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: de ? 'Anmelden' : 'Sign in', exact: true }).click();
  await answered;
}

/** A refused attempt: the summary says why, and the password field is empty again (ready for the next try). */
export async function expectRefused(page: Page, text: string, language: 'de' | 'en' = 'de') {
  await expect(signInProblem(page)).toContainText(text);
  await expect(page.getByLabel(language === 'de' ? 'Passwort' : 'Password', { exact: true })).toHaveValue('');
}

/** The titles the portal should list, straight from the seed data. */
export function expectedTitles(company: string, audiences: string[], language: 'de' | 'en'): string[] {
  return seedContent
    .filter((item) => item.companies.includes(company) && audiences.includes(item.audience))
    .map((item) => item[language].title);
}

/** The error summary at the top of the mask (Next's route announcer is an alert too). */
export function signInProblem(page: Page) {
  return page.getByRole('alert', { name: /^(Die Anmeldung hat nicht geklappt\.|Signing in did not work\.)$/ });
}

export const GENERIC_FAILURE = 'E-Mail-Adresse oder Passwort sind nicht korrekt. Bitte prüfen Sie Ihre Eingaben.';

/** Registers and confirms (see registerAndConfirm), then signs in from the mask; ends on the portal home. */
export async function registerAndSignIn(
  page: Page,
  mailbox: Mailbox,
  person: Person,
  answers?: Parameters<typeof registerAndConfirm>[3],
) {
  await registerAndConfirm(page, mailbox, person, answers);
  await page.goto('/anmelden');
  await signIn(page, person.email, person.password ?? GOOD_PASSWORD);
  await expect(page.getByRole('link', { name: /^(Angemeldet als|Signed in as) / })).toBeVisible();
}
