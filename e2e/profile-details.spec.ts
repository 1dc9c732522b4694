import { expect, test } from './support/fixtures';
import { confirmByLink, confirmationLink, fillStepOne, fillStepTwo, GOOD_PASSWORD } from './support/registration';
import { registerAndSignIn } from './support/by-request';
import { expectedTitles, signIn } from './support/sign-in';

const birthYearError = /Bitte geben Sie das Geburtsjahr vierstellig zwischen 1920 und \d{4} an oder lassen Sie das Feld leer\./;

test('new answers on "Meine Angaben" change the portal’s content at once; a bad Geburtsjahr is refused beside its field', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email: uniqueEmail() }, { office: 'Ja', leader: 'Nein' });
  const titles = page.getByRole('region', { name: 'Ihre Inhalte' }).getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(expectedTitles('Beispiel GmbH', ['everyone', 'office'], 'de'));

  await page.getByRole('link', { name: 'Angemeldet als Erika' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Meine Angaben' })).toBeVisible();
  const office = page.getByRole('group', { name: 'Arbeiten Sie überwiegend an einem Büroarbeitsplatz?' });
  const leader = page.getByRole('group', { name: 'Sind Ihnen Mitarbeitende disziplinarisch zugeordnet?' });
  await expect(page.getByLabel('Vorname')).toHaveValue('Erika');
  await expect(office.getByLabel('Ja')).toBeChecked();
  await expect(leader.getByLabel('Nein')).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel('Nachname').fill('Musterfrau');
  await office.getByLabel('Nein').check();
  await leader.getByLabel('Ja').check();
  await page.getByLabel('Geburtsjahr (freiwillig)').fill('1850');
  await page.getByRole('button', { name: 'Angaben speichern' }).click();

  await expect(page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' })).toBeVisible();
  await expect(page.getByLabel('Geburtsjahr (freiwillig)')).toHaveAccessibleDescription(birthYearError);
  await expect(page.getByLabel('Nachname')).toHaveValue('Musterfrau');
  await expect(office.getByLabel('Nein')).toBeChecked();
  await expect(leader.getByLabel('Ja')).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel('Geburtsjahr (freiwillig)').fill('1984');
  await page.getByRole('button', { name: 'Angaben speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Angaben wurden gespeichert.' })).toBeVisible();
  await expect(page.getByLabel('Nachname')).toHaveValue('Musterfrau');
  await expect(page.getByLabel('Geburtsjahr (freiwillig)')).toHaveValue('1984');
  await expect(office.getByLabel('Nein')).toBeChecked();

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
  await expect(titles).toHaveText(expectedTitles('Beispiel GmbH', ['everyone', 'non_office', 'leaders'], 'de'));
});

test('choosing English as Sprache opens the English profile, which checks the entries in English', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail('example.org');
  await registerAndSignIn(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email });
  await page.goto('/profil');
  await page.getByLabel('Sprache (freiwillig)').selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Angaben speichern' }).click();

  await expect(page).toHaveURL(/\/en\/profil\?gespeichert=1$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your details have been saved.' })).toBeVisible();
  await expect(page.getByLabel('Language (optional)')).toHaveValue('en');
  await expectAccessible(page);

  await page.getByLabel('First name').fill('<Max>');
  await page.getByLabel('Year of birth (optional)').fill('84');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByLabel('First name')).toHaveAccessibleDescription('Please use only letters, spaces, hyphens, apostrophes and full stops.');
  await expect(page.getByLabel('Year of birth (optional)')).toHaveAccessibleDescription(/Please enter the year of birth with four digits/);
  await expect(page.getByLabel('Year of birth (optional)')).toHaveValue('84');
  await expectAccessible(page);

  // Signing in again, even from the German mask, lands in the chosen language.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in / Register' })).toBeVisible();
  await page.goto('/anmelden');
  await signIn(page, email, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Max' })).toBeVisible();
});

test('the e-mail consent is withdrawn and given again with one box; each change is a new row of the ledger', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: 'Erika', lastName: 'Mustermann', email });
  await fillStepTwo(page, { office: 'Ja', leader: 'Nein' });
  await page.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/).check();
  await page.getByLabel(/Ich stimme zu, dass meine bei der Registrierung verwendete E-Mail-Adresse/).check();
  await page.getByRole('button', { name: 'Akzeptieren' }).click();
  await confirmByLink(page, confirmationLink((await mailbox.latest(email)).links));
  await page.goto('/anmelden');
  await signIn(page, email);
  await expect(page.getByRole('link', { name: 'Angemeldet als Erika' })).toBeVisible();

  await page.goto('/profil');
  await page.getByRole('navigation', { name: 'Bereiche von „Mein Profil“' }).getByRole('link', { name: 'Einwilligungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einwilligungen' })).toBeVisible();
  const ledger = page.getByRole('region', { name: 'Verlauf Ihrer Einwilligungen, neueste zuerst' }).getByRole('row');
  await expect(ledger).toHaveCount(3);
  const box = page.getByLabel(/Ich stimme zu, dass meine bei der Registrierung verwendete E-Mail-Adresse/);
  await expect(box).toBeChecked();
  await expect(page.getByRole('link', { name: 'löschen Sie Ihr Profil' })).toBeVisible();
  await expectAccessible(page);

  await box.uncheck();
  await page.getByRole('button', { name: 'Einwilligung speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Einwilligung in Informationen per E-Mail ist widerrufen.' })).toBeVisible();
  await expect(box).not.toBeChecked();
  await expect(ledger).toHaveCount(4);
  await expect(ledger.nth(1)).toContainText(/Informationen per E-Mail\s*widerrufen.*Deutsch/);

  await page.goto('/en/profil/einwilligungen');
  const englishBox = page.getByLabel(/I agree that the e-mail address I used to register/);
  await expect(englishBox).not.toBeChecked();
  await englishBox.check();
  await page.getByRole('button', { name: 'Save consent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: your consent to information by e-mail is given.' })).toBeVisible();
  const englishLedger = page.getByRole('region', { name: 'History of your consents, newest first' }).getByRole('row');
  await expect(englishLedger).toHaveCount(5);
  await expect(englishLedger.nth(1)).toContainText(/Information by e-mail\s*given.*English/);
  await expect(englishLedger.nth(2)).toContainText(/Information by e-mail\s*withdrawn.*German/);
  await expect(englishLedger.nth(3)).toContainText(/Information by e-mail\s*given.*German/);
  await expect(englishLedger.nth(4)).toContainText(/Terms of use\s*given.*German/);
  await expectAccessible(page);
});
