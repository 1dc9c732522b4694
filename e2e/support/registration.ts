import { expect, type Page } from '@playwright/test';

export const GOOD_PASSWORD = 'Kaffeetasse Wolkenkratzer Brise';

export type Person = { firstName: string; lastName: string; email: string; password?: string };

/** Step 1 by its German labels. */
export async function fillStepOne(page: Page, person: Person) {
  await page.getByLabel('Vorname').fill(person.firstName);
  await page.getByLabel('Nachname').fill(person.lastName);
  await page.getByLabel('Firmen-E-Mail-Adresse').fill(person.email);
  await page.getByLabel('Passwort', { exact: true }).fill(person.password ?? GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Weiter' }).click();
}

export async function fillStepTwo(page: Page, answers: { office: 'Ja' | 'Nein'; leader: 'Ja' | 'Nein'; language?: string }) {
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel(answers.office).check();
  await page.getByRole('group', { name: 'Sind Ihnen Mitarbeitende disziplinarisch zugeordnet?' }).getByLabel(answers.leader).check();
  if (answers.language) await page.getByLabel('Sprache (freiwillig)').selectOption({ label: answers.language });
  await page.getByRole('button', { name: 'Registrieren' }).click();
}

/** The whole registration in German, ending on the success page. */
export async function registerInGerman(page: Page, person: Person) {
  await page.goto('/registrieren');
  await fillStepOne(page, person);
  await fillStepTwo(page, { office: 'Ja', leader: 'Nein' });
  await expect(page.getByText('Schritt 3 von 3', { exact: true })).toBeVisible();
  await page.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/).check();
  await page.getByRole('button', { name: 'Akzeptieren' }).click();
  await expect(page.getByRole('heading', { name: 'Registrierung erfolgreich' })).toBeVisible();
}

/**
 * Opens a confirmation link as a person does: the link shows whose registration it is (opening it confirms
 * nothing), and the button confirms. Works for the German and the English page.
 */
export async function confirmByLink(page: Page, link: string, expectedName?: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: /^(Registrierung bestätigen|Confirm your registration)$/ })).toBeVisible();
  if (expectedName) await expect(page.getByText(expectedName, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^(E-Mail-Adresse bestätigen|Confirm e-mail address)$/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^(Ihre E-Mail-Adresse ist bestätigt|Your e-mail address is confirmed)$/ }),
  ).toBeVisible();
}

export function confirmationLink(links: string[]): string {
  const link = links.find((l) => l.includes('/bestaetigen?token='));
  expect(link, 'the mail carries a confirmation link').toBeTruthy();
  return link!;
}
