import { expect, recordsFor, test } from './support/fixtures';
import { fillStepOne, fillStepTwo } from './support/registration';

// With JavaScript, "Anmelden/Registrieren" and "Hier registrieren" open over the page the person is on; on a direct
// load or without JavaScript the same content is a page of its own.

test('with JavaScript, sign-in and registration open as a dialog over the page and close back to it', async ({
  page,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, 'without JavaScript there is no dialog: the next test covers the full pages');
  await page.goto('/impressum');
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  const signIn = page.getByRole('dialog', { name: 'Anmelden' });
  await expect(signIn).toBeVisible();
  await expect(page).toHaveURL(/\/anmelden$/);
  await expect(signIn.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeFocused();
  // The page below stays where it was, and is out of reach while the dialog is open.
  await expect(page.locator('main h1')).toHaveText('Impressum');

  await signIn.getByRole('link', { name: 'Hier registrieren' }).click();
  const registration = page.getByRole('dialog', { name: 'Registrierung bei „Mein ias“' });
  await expect(registration).toBeVisible();
  await expect(registration.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
  await expect(registration.getByLabel('Vorname')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(registration).toBeHidden();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
});

test('with JavaScript, the whole registration runs in the dialog, and the × closes it from any step', async ({
  page,
  javaScriptEnabled,
  uniqueEmail,
  mailbox,
}) => {
  test.skip(!javaScriptEnabled, 'the dialog needs JavaScript');
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  await page.getByRole('dialog', { name: 'Anmelden' }).getByRole('link', { name: 'Hier registrieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrierung bei „Mein ias“' });
  const email = uniqueEmail();
  await fillStepOne(page, { firstName: 'Dora', lastName: 'Dialog', email });
  await expect(dialog.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/registrieren\/angaben$/);
  // Each step starts at the dialog's title, so keyboard and screen-reader users continue from the top.
  await expect(dialog.getByRole('heading', { level: 1, name: 'Registrierung bei „Mein ias“' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio').first()).toBeFocused();

  // Zurück and Weiter keep the dialog open and the entries kept.
  await dialog.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel('Nein').check();
  await dialog.getByRole('button', { name: 'Zurück' }).click();
  await expect(dialog.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('Vorname')).toHaveValue('Dora');
  await dialog.getByRole('button', { name: 'Weiter' }).click();
  await expect(dialog.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel('Nein')).toBeChecked();

  // × closes from the middle of the flow, back to the page the dialog opened on.
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Open again: the draft is still there, and the flow ends with the success message in the dialog.
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  await page.getByRole('dialog', { name: 'Anmelden' }).getByRole('link', { name: 'Hier registrieren' }).click();
  await expect(dialog.getByLabel('Vorname')).toHaveValue('Dora');
  await dialog.getByRole('button', { name: 'Weiter' }).click();
  await fillStepTwo(page, { office: 'Nein', leader: 'Nein' });
  await expect(dialog.getByText('Schritt 3 von 3', { exact: true })).toBeVisible();
  await dialog.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/).check();
  await dialog.getByRole('button', { name: 'Akzeptieren' }).click();
  await expect(dialog.getByRole('heading', { name: 'Registrierung erfolgreich' })).toBeVisible();
  // A mail to an address nobody has confirmed yet names nobody: the name could be a stranger's text.
  expect((await mailbox.latest(email)).text).toContain('Guten Tag,');
  await dialog.getByRole('link', { name: 'Weiter zu „Mein ias“' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
});

test('"Ablehnen" in the dialog closes it and the page says nothing was stored', async ({
  page,
  request,
  javaScriptEnabled,
  uniqueEmail,
}) => {
  test.skip(!javaScriptEnabled, 'the dialog needs JavaScript; declining on the full page is in registration.spec.ts');
  await page.goto('/en');
  await page.getByRole('link', { name: 'Sign in / Register' }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Register here' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registration with “Mein ias”' });
  await dialog.getByLabel('First name').fill('Dan');
  await dialog.getByLabel('Last name').fill('Decline');
  const email = uniqueEmail();
  await dialog.getByLabel('Company e-mail address').fill(email);
  await dialog.getByLabel('Password', { exact: true }).fill('Kaffeetasse Wolkenkratzer Brise');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('group', { name: /office workstation/ }).getByLabel('Yes').check();
  await dialog.getByRole('group', { name: /report to you/ }).getByLabel('No').check();
  await dialog.getByRole('button', { name: 'Register' }).click();
  await dialog.getByRole('button', { name: 'Decline' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/en\?abgebrochen=1$/);
  await expect(page.getByText('Registration was cancelled. No data was stored.')).toBeVisible();
  expect(await recordsFor(request, email)).toEqual({ registrations: 0, users: 0, consents: 0, emailTokens: 0, mails: 0 });
});

test('loaded directly, sign-in and registration are full pages, and the steps stay full pages', async ({ page, uniqueEmail }) => {
  await page.goto('/anmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.goto('/registrieren');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrierung bei „Mein ias“' })).toBeVisible();
  await fillStepOne(page, { firstName: 'Paula', lastName: 'Page', email: uniqueEmail() });
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('without JavaScript, "Anmelden/Registrieren" and "Hier registrieren" lead to full pages', async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, 'with JavaScript these links open the dialog (first test)');
  await page.goto('/impressum');
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  await expect(page).toHaveURL(/\/anmelden$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Impressum' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Hier registrieren' }).click();
  await expect(page).toHaveURL(/\/registrieren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Registrierung bei „Mein ias“' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the open dialogs have no axe violations, in both languages', async ({ page, javaScriptEnabled, expectAccessible }) => {
  test.skip(!javaScriptEnabled, 'the dialog needs JavaScript; the full pages are checked in accessibility.spec.ts');
  for (const [prefix, signIn, register] of [
    ['', 'Anmelden/Registrieren', 'Hier registrieren'],
    ['/en', 'Sign in / Register', 'Register here'],
  ] as const) {
    await page.goto(prefix || '/');
    await page.getByRole('link', { name: signIn }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('dialog').getByRole('link', { name: register }).click();
    await expect(page.getByRole('dialog').getByRole('textbox').first()).toBeVisible();
    await expectAccessible(page);
  }
});
