import { expect, test } from './support/fixtures';
import { GOOD_PASSWORD, registerInGerman } from './support/registration';
import { registerAndConfirm, registerAndSignIn } from './support/by-request';
import { expectedTitles, expectRefused, GENERIC_FAILURE, signIn, signInProblem } from './support/sign-in';

test('an office worker at Beispiel GmbH signs in, sees the items unlocked for her, opens one and signs out', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  const email = uniqueEmail('example.com');
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });

  await page.goto('/');
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hier registrieren' })).toHaveAttribute('href', '/registrieren');
  await expect(page.getByRole('link', { name: 'Passwort vergessen?' })).toBeVisible();
  await signIn(page, email);

  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
  const titles = page.getByRole('region', { name: 'Ihre Inhalte' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(expectedTitles('Beispiel GmbH', ['everyone', 'office'], 'de'));
  await expect(page.getByText('Angemeldet als Erika')).toBeVisible();

  await page.getByRole('link', { name: 'Weiterlesen: Angebotsvorsorge Bildschirmarbeit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Angebotsvorsorge Bildschirmarbeit' })).toBeVisible();

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
  await page.goto('/inhalte/vorsorge-bildschirmarbeit');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
});

test('a leader at Muster AG who chose English lands on the English portal with other items', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  const email = uniqueEmail('example.org');
  await registerAndConfirm(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email }, {
    office: 'Nein',
    leader: 'Ja',
    language: 'English',
  });

  await page.goto('/anmelden');
  await signIn(page, email);
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Max' })).toBeVisible();
  const titles = page.getByRole('region', { name: 'Your content' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(expectedTitles('Muster AG', ['everyone', 'non_office', 'leaders'], 'en'));

  // Beispiel GmbH's own item does not exist for him, in either language.
  const response = await page.goto('/en/inhalte/grippeschutzimpfung');
  expect(response?.status()).toBe(404);
  await page.goto('/en');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in / Register' })).toBeVisible();
});

test('with JavaScript, signing in from the dialog over a page lands on the portal, and back leaves no dialog', async ({
  page,
  mailbox,
  uniqueEmail,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, 'the dialog needs JavaScript; without it the mask is the page covered above');
  const email = uniqueEmail();
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });
  await page.goto('/impressum');
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anmelden' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('E-Mail-Adresse').fill(email);
  await dialog.getByLabel('Passwort', { exact: true }).fill('falsch falsch falsch');
  await dialog.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expectRefused(page, GENERIC_FAILURE);
  await dialog.getByLabel('Passwort', { exact: true }).fill(GOOD_PASSWORD);
  await dialog.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a signed-out visitor of a portal page signs in and comes back to it', async ({ page, mailbox, uniqueEmail }) => {
  const email = uniqueEmail('example.org');
  await registerAndConfirm(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email }, { office: 'Nein', leader: 'Ja' });

  await page.goto('/inhalte/gesund-fuehren');
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Finhalte%2Fgesund-fuehren$/);
  await expect(page.getByText('Bitte melden Sie sich an, um diese Seite zu sehen.')).toBeVisible();
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Gesund führen' })).toBeVisible();

  // A return path to another site is ignored.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
  await page.goto('/anmelden?weiter=//evil.example/');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Max' })).toBeVisible();
});

test('a copy of the session cookie taken before "Abmelden" signs nobody in afterwards', async ({
  page,
  browser,
  mailbox,
  uniqueEmail,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();

  // Someone copies the cookies into another browser (same options as this project): the copy works, for now.
  const copy = await browser.newContext();
  try {
    await copy.addCookies(await page.context().cookies());
    const copied = await copy.newPage();
    await copied.goto('/');
    await expect(copied.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();

    await copied.goto('/');
    await expect(copied.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
    await expect(copied.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
    await copied.goto('/inhalte/vorsorge-bildschirmarbeit');
    await expect(copied.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  } finally {
    await copy.close();
  }
});

test('Auth.js’s own English pages lead to the portal’s sign-in mask and home page', async ({ page, request }) => {
  for (const [path, location] of [
    ['/api/auth/signin', '/anmelden'],
    ['/api/auth/signin/credentials', '/anmelden'],
    ['/api/auth/signout', '/'],
    ['/api/auth/error?error=Configuration', '/anmelden'],
    ['/api/auth/verify-request', '/anmelden'],
  ]) {
    const response = await request.get(path!, { maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(response.headers()['location'], path).toBe(location);
  }
  expect((await request.post('/api/auth/signout', { maxRedirects: 0 })).status()).toBe(404);
  await page.goto('/api/auth/signout');
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
  await page.goto('/api/auth/signin');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
});

test('an unknown address and a wrong password get the same message; an unconfirmed profile is told to confirm', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  const confirmed = uniqueEmail();
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email: confirmed });
  const unconfirmed = uniqueEmail();
  await registerInGerman(page, { firstName: 'Erika', lastName: 'Musterfrau', email: unconfirmed });

  await page.goto('/anmelden');
  await signIn(page, uniqueEmail());
  await expectRefused(page, GENERIC_FAILURE);
  await signIn(page, confirmed, 'ein ganz falsches Passwort');
  await expectRefused(page, GENERIC_FAILURE);
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue(confirmed);
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveValue('');

  await signIn(page, unconfirmed);
  await expect(signInProblem(page)).toContainText('Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse');
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
  await page.getByRole('link', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigungs-E-Mail erneut senden' })).toBeVisible();
});

test('after five failed attempts the mask says when to try again, even with the right password', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  const email = uniqueEmail();
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });
  await page.goto('/en/anmelden');
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong password ${i}`, 'en');
    await expectRefused(page, 'The e-mail address or password is not correct.', 'en');
  }
  await signIn(page, email, GOOD_PASSWORD, 'en');
  await expect(signInProblem(page)).toContainText('Too many failed sign-in attempts. Please try again in 1 minute.');
});

test('without input the mask lists what is missing', async ({ page }) => {
  await page.goto('/anmelden');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
});

test('with JavaScript, the mask checks the address as you type', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'as-you-type checks need JavaScript; without it the server checks on submit');
  await page.goto('/en/anmelden');
  const address = page.getByLabel('E-mail address');
  await address.pressSequentially('erika@');
  await expect(address).toHaveAccessibleDescription(/valid e-mail address/);
  await address.pressSequentially('example.com');
  await expect(address).not.toHaveAccessibleDescription(/valid e-mail address/);
});

for (const [language, prefix] of [['German', ''], ['English', '/en']] as const) {
  test(`the sign-in mask has no axe violations, empty and with errors, in ${language}`, async ({ page, expectAccessible }) => {
    await page.goto(`${prefix}/anmelden`);
    await expectAccessible(page);
    await page.locator('button[type="submit"]').last().click();
    await expect(page.locator('#error-summary-title')).toBeVisible();
    await expectAccessible(page);
  });
}

test('the portal home and a content page have no axe violations, in both languages', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en/inhalte/mitarbeiterberatung');
  await expect(page.getByRole('heading', { level: 1, name: 'Employee counselling: confidential and free' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Erika' })).toBeVisible();
  await expectAccessible(page);
});
