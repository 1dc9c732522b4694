import { expect, recordsFor, test } from './support/fixtures';
import { confirmationLink, confirmByLink, fillStepOne, fillStepTwo, GOOD_PASSWORD, registerInGerman } from './support/registration';
import { signIn } from './support/sign-in';

test('a new employee registers in three steps, keeps entries going back, and confirms from the mail', async ({
  page,
  request,
  uniqueEmail,
  mailbox,
}) => {
  const email = uniqueEmail();
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  await page.getByRole('link', { name: 'Hier registrieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrierung bei „Mein ias“' })).toBeVisible();
  await expect(page.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Vorname')).toHaveAttribute('autocomplete', 'given-name');
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveAttribute('autocomplete', 'new-password');
  await fillStepOne(page, { firstName: 'Erika', lastName: 'Mustermann', email });

  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel('Ja').check();
  await page.getByLabel('Geburtsjahr (freiwillig)').fill('1984');
  await page.getByLabel('Geschlecht (freiwillig)').selectOption({ label: 'weiblich' });
  await page.getByRole('button', { name: 'Zurück' }).click();

  // Back on step 1: everything kept, the password too (the field stays empty and says so).
  await expect(page.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Vorname')).toHaveValue('Erika');
  await expect(page.getByLabel('Nachname')).toHaveValue('Mustermann');
  await expect(page.getByLabel('Firmen-E-Mail-Adresse')).toHaveValue(email);
  await expect(page.getByText('Ihr gewähltes Passwort ist gespeichert.')).toBeVisible();
  await page.getByRole('button', { name: 'Weiter' }).click();

  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel('Ja')).toBeChecked();
  await expect(page.getByLabel('Geburtsjahr (freiwillig)')).toHaveValue('1984');
  await expect(page.getByLabel('Geschlecht (freiwillig)')).toHaveValue('female');
  await page.getByRole('group', { name: 'Sind Ihnen Mitarbeitende disziplinarisch zugeordnet?' }).getByLabel('Nein').check();
  await page.getByRole('button', { name: 'Registrieren' }).click();

  await expect(page.getByText('Schritt 3 von 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Datenschutzinformationen' })).toBeVisible();
  const terms = page.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/);
  const info = page.getByLabel(/Ich stimme zu, dass meine bei der Registrierung verwendete E-Mail-Adresse/);
  await expect(terms).not.toBeChecked();
  await expect(info).not.toBeChecked();
  await terms.check();
  await page.getByRole('button', { name: 'Akzeptieren' }).click();

  await expect(page.getByRole('heading', { name: 'Registrierung erfolgreich' })).toBeVisible();
  await expect(page.getByText('Unbestätigte Profile werden innerhalb von 7 Tagen gelöscht.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Weiter zu „Mein ias“' })).toBeVisible();
  // "Akzeptieren" stored the registration (not yet a profile), its link and the mail.
  expect(await recordsFor(request, email)).toEqual({ registrations: 1, users: 0, consents: 0, emailTokens: 1, mails: 1 });

  await page.goto('/dev/mailbox');
  await page.getByRole('link', { name: `An ${email}: Bitte bestätigen Sie Ihre E-Mail-Adresse für „Mein ias“` }).click();
  const mail = page.frameLocator('iframe[title^="Gerenderte E-Mail"]');
  await expect(mail.getByText('Guten Tag,')).toBeVisible();
  await expect(mail.getByText('Der Link ist 7 Tage gültig.', { exact: false })).toBeVisible();
  await mail.getByRole('link', { name: 'E-Mail-Adresse bestätigen' }).click();
  // The link only shows whose registration it is; it confirms nothing by itself (mail scanners open links too).
  await expect(page.getByRole('heading', { level: 1, name: 'Registrierung bestätigen' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await expect(page.getByText('Erika Mustermann', { exact: true })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  expect((await recordsFor(request, email)).users).toBe(0);
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre E-Mail-Adresse ist bestätigt' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  // Now the profile exists, with the terms consent only (the optional one was not ticked).
  expect(await recordsFor(request, email)).toEqual({ registrations: 0, users: 1, consents: 1, emailTokens: 1, mails: 1 });
  await expect(page.getByRole('link', { name: 'Jetzt anmelden' })).toBeVisible();

  // A mail scanner or a second click: the used link explains, it does not fail.
  await page.goto(confirmationLink((await mailbox.latest(email)).links));
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre E-Mail-Adresse ist bereits bestätigt' })).toBeVisible();
});

test('in English the flow speaks English, and the mail follows the chosen language', async ({ page, uniqueEmail, mailbox }) => {
  const email = uniqueEmail('example.org');
  await page.goto('/en/registrieren');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Registration with “Mein ias”' })).toBeVisible();
  await page.getByLabel('First name').fill('Max');
  await page.getByLabel('Last name').fill('Mustermann');
  await page.getByLabel('Company e-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 3', { exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Do you mainly work at an office workstation?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Do employees report to you as their line manager?' }).getByLabel('Yes').check();
  await page.getByLabel('Language (optional)').selectOption({ label: 'Deutsch' });
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByLabel(/I accept the terms of use/).check();
  await page.getByLabel(/I agree that the e-mail address/).check();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('heading', { name: 'Registration successful' })).toBeVisible();

  const mail = await mailbox.latest(email);
  expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse für „Mein ias“');
  expect(mail.text).toContain('Guten Tag,');
  await confirmByLink(page, confirmationLink(mail.links), 'Max Mustermann');
});

test('Enter moves forward on every step, never back, and keeps the answers', async ({ page, request, uniqueEmail }) => {
  const email = uniqueEmail();
  await page.goto('/registrieren');
  await page.getByLabel('Vorname').fill('Erika');
  await page.getByLabel('Nachname').fill('Mustermann');
  await page.getByLabel('Firmen-E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(GOOD_PASSWORD);
  await page.getByLabel('Passwort', { exact: true }).press('Enter');

  // Step 2 has "Zurück" too: Enter in a field must still mean "Registrieren".
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel('Ja').check();
  await page.getByRole('group', { name: 'Sind Ihnen Mitarbeitende disziplinarisch zugeordnet?' }).getByLabel('Nein').check();
  await page.getByLabel('Geburtsjahr (freiwillig)').fill('1984');
  await page.getByLabel('Geburtsjahr (freiwillig)').press('Enter');
  await expect(page.getByText('Schritt 3 von 3', { exact: true })).toBeVisible();
  await page.goto('/registrieren/angaben');
  await expect(page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' }).getByLabel('Ja')).toBeChecked();
  await expect(page.getByLabel('Geburtsjahr (freiwillig)')).toHaveValue('1984');

  // Step 3 has "Ablehnen": Enter on the ticked checkbox must accept, not decline.
  await page.goto('/registrieren/datenschutz');
  const terms = page.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/);
  await terms.check();
  await terms.press('Enter');
  await expect(page.getByRole('heading', { name: 'Registrierung erfolgreich' })).toBeVisible();
  expect(await recordsFor(request, email)).toMatchObject({ registrations: 1, mails: 1 });
});

test('declining the privacy terms stores nothing and sends nothing', async ({ page, request, uniqueEmail, mailbox }) => {
  const email = uniqueEmail();
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: 'Erika', lastName: 'Mustermann', email });
  await fillStepTwo(page, { office: 'Nein', leader: 'Nein' });
  await page.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(page.getByRole('status')).toHaveText('Die Registrierung wurde abgebrochen. Es wurden keine Daten gespeichert.');
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
  // The draft is gone too: the steps start over, empty.
  await page.goto('/registrieren/datenschutz');
  await expect(page.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Vorname')).toHaveValue('');
  expect(await mailbox.list(email)).toEqual([]);
  expect(await recordsFor(request, email)).toEqual({ registrations: 0, users: 0, consents: 0, emailTokens: 0, mails: 0 });
});

test('a private address and a weak password are refused at step 1, all errors at once', async ({ page }) => {
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: 'Erika', lastName: 'Mustermann', email: 'erika.privat@gmail.com', password: 'passwort1234' });
  const summary = page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Firmen-E-Mail-Adresse: Bitte verwenden Sie Ihre Firmen-E-Mail-Adresse/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Passwort: Dieses Passwort ist zu leicht zu erraten/ })).toBeVisible();
  await expect(page.getByLabel('Firmen-E-Mail-Adresse')).toHaveAccessibleDescription(/meinias@ias-gruppe\.de/);
  await expect(page.getByLabel('Firmen-E-Mail-Adresse')).toHaveValue('erika.privat@gmail.com');
  await expect(page.getByLabel('Vorname')).toHaveValue('Erika');
  await expect(page.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
});

test('hostile input gets clear messages beside the fields, never an error page', async ({ page }) => {
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: '<script>alert(1)</script>', lastName: '', email: 'kaputt', password: 'kurz' });
  await expect(page.getByLabel('Vorname')).toHaveAccessibleDescription(/nur Buchstaben/);
  await expect(page.getByLabel('Nachname')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
  await expect(page.getByLabel('Firmen-E-Mail-Adresse')).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveAccessibleDescription(/mindestens 12 Zeichen/);
  await expect(page.getByLabel('Vorname')).toHaveValue('<script>alert(1)</script>');
});

test('a forged birth year and gender are refused at step 2', async ({ page, uniqueEmail }) => {
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: 'Erika', lastName: 'Mustermann', email: uniqueEmail() });
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await page.getByLabel('Geburtsjahr (freiwillig)').fill('3000');
  // A forged option, as a tampered form would send it.
  await page.locator('select[name="gender"] option[value="female"]').evaluateAll((options) =>
    options.forEach((o) => ((o as HTMLOptionElement).value = 'alien')),
  ).catch(() => undefined);
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByLabel('Geburtsjahr (freiwillig)')).toHaveAccessibleDescription(/zwischen 1920 und/);
  await expect(page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' })).toHaveAccessibleDescription(
    'Bitte wählen Sie Ja oder Nein.',
  );
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
});

test('steps cannot be skipped: step 2 and 3 without step 1 lead back to step 1', async ({ page }) => {
  await page.goto('/registrieren/angaben');
  await expect(page.getByText('Schritt 1 von 3', { exact: true })).toBeVisible();
  await page.goto('/en/registrieren/datenschutz');
  await expect(page.getByText('Step 1 of 3', { exact: true })).toBeVisible();
});

test("a stranger registering a pending address cannot take it over: each link confirms its own registration", async ({
  page,
  uniqueEmail,
  mailbox,
}) => {
  const email = uniqueEmail();
  await registerInGerman(page, { firstName: 'Erika', lastName: 'Mustermann', email });
  const owners = confirmationLink((await mailbox.latest(email)).links);
  await page.context().clearCookies();
  await registerInGerman(page, { firstName: 'Mallory', lastName: 'Fremd', email, password: 'Regenschirm Tintenfisch Laterne' });
  await expect.poll(async () => (await mailbox.list(email)).length).toBe(2);
  const strangers = confirmationLink((await mailbox.latest(email)).links);
  expect(strangers).not.toBe(owners);

  // The owner's link still shows and confirms the owner's registration, with the owner's password.
  await confirmByLink(page, owners, 'Erika Mustermann');
  await page.goto(strangers);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre E-Mail-Adresse ist bereits bestätigt' })).toBeVisible();
  await page.goto('/anmelden');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
});

test('opening a confirmation link, as a mail scanner does, confirms nothing', async ({ page, request, uniqueEmail, mailbox }) => {
  const email = uniqueEmail();
  await registerInGerman(page, { firstName: 'Erika', lastName: 'Mustermann', email });
  const link = confirmationLink((await mailbox.latest(email)).links);
  const before = await recordsFor(request, email);
  expect((await request.head(link, { maxRedirects: 0 })).status()).toBe(303);
  expect((await request.get(link)).status()).toBe(200);
  expect((await request.get(link)).status()).toBe(200);
  expect(await recordsFor(request, email)).toEqual(before);
  // The person still can.
  await confirmByLink(page, link, 'Erika Mustermann');
});

test('registering a confirmed address again looks the same but only sends a notice', async ({ page, uniqueEmail, mailbox }) => {
  const email = uniqueEmail('example.org');
  await registerInGerman(page, { firstName: 'Max', lastName: 'Mustermann', email });
  await confirmByLink(page, confirmationLink((await mailbox.latest(email)).links));

  await registerInGerman(page, { firstName: 'Mallory', lastName: 'Angreifer', email });
  const notice = await mailbox.latest(email, 'besteht bereits');
  expect(notice.text).toContain('Hallo Max,');
  expect(notice.links.some((l) => l.includes('/bestaetigen'))).toBe(false);
});

test('a broken or unknown confirmation link is explained', async ({ page }) => {
  await page.goto('/bestaetigen?token=abc');
  await expect(page.getByRole('heading', { level: 1, name: 'Dieser Link ist ungültig' })).toBeVisible();
  await page.goto(`/en/bestaetigen?token=${'A'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
});

// One test per page group: axe takes several seconds per page on a 2-core runner, and one test for all of them
// ran past the per-test timeout in CI.
for (const [language, prefix] of [['German', ''], ['English', '/en']] as const) {
  test(`step 1 has no axe violations, empty and with errors, in ${language}`, async ({ page, expectAccessible }) => {
    await page.goto(`${prefix}/registrieren`);
    await expectAccessible(page);
    await page.locator('button[type="submit"]').last().click();
    await expect(page.locator('#error-summary-title')).toBeVisible();
    await expectAccessible(page);
  });
}

test('steps 2 and 3 have no axe violations, in both languages', async ({ page, uniqueEmail, expectAccessible }) => {
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: 'Erika', lastName: 'Mustermann', email: uniqueEmail() });
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await fillStepTwo(page, { office: 'Ja', leader: 'Ja' });
  await expect(page.getByText('Schritt 3 von 3', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en/registrieren/datenschutz');
  await expect(page.getByText('Step 3 of 3', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en/registrieren/angaben');
  await expectAccessible(page);
});

test('the success, confirmation and confirmed pages have no axe violations', async ({ page, uniqueEmail, mailbox, expectAccessible }) => {
  await page.goto('/registrieren/erfolgreich');
  await expectAccessible(page);
  const email = uniqueEmail();
  await registerInGerman(page, { firstName: 'Erika', lastName: 'Mustermann', email });
  await page.goto(confirmationLink((await mailbox.latest(email)).links).replace('/bestaetigen', '/en/bestaetigen'));
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your registration' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en/bestaetigt?ergebnis=confirmed');
  await expectAccessible(page);
});

test('with JavaScript, the password estimator and its dictionaries load only once the password field is used', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'without JavaScript nothing is estimated in the browser');
  const estimatorChunks: string[] = [];
  page.on('response', async (response) => {
    if (!/\/_next\/static\/chunks\/.+\.js$/.test(response.url())) return;
    // zxcvbn-ts's core keeps this option name through minification. A body still being read when the test ends
    // rejects ("Test ended"): that chunk is no longer the test's concern.
    const body = await response.text().catch(() => '');
    if (body.includes('l33tMaxSubstitutions')) estimatorChunks.push(response.url());
  });
  await page.goto('/registrieren');
  await page.waitForLoadState('networkidle');
  expect(estimatorChunks).toEqual([]);
  await page.getByLabel('Passwort', { exact: true }).focus();
  await expect.poll(() => estimatorChunks.length).toBeGreaterThan(0);
});

test('with JavaScript, fields are checked as you type and the password strength is shown', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'as-you-type checks need JavaScript; without it the server checks on submit');
  await page.goto('/registrieren');
  const password = page.getByLabel('Passwort', { exact: true });
  await password.pressSequentially('kurz');
  await expect(password).toHaveAccessibleDescription(/mindestens 12 Zeichen/);
  await expect(page.getByText(/^Passwortstärke: (sehr schwach|schwach)$/)).toBeVisible();
  await password.fill('');
  await password.pressSequentially('Kaffeetasse Wolkenkratzer');
  await expect(password).not.toHaveAccessibleDescription(/mindestens 12 Zeichen/);
  await expect(page.getByText(/^Passwortstärke: (gut|sehr gut)$/)).toBeVisible();
  await page.getByRole('button', { name: 'Passwort anzeigen' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await page.getByLabel('Firmen-E-Mail-Adresse').pressSequentially('erika@');
  await expect(page.getByLabel('Firmen-E-Mail-Adresse')).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
  await page.getByLabel('Firmen-E-Mail-Adresse').pressSequentially('example.com');
  await expect(page.getByLabel('Firmen-E-Mail-Adresse')).not.toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
});
