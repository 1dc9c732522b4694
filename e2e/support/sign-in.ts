import { expect, type Page } from '@playwright/test';
import { seedContent } from '../../db/seed-data';
import { GOOD_PASSWORD } from './registration';

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
