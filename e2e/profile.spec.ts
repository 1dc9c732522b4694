import { expect, test } from './support/fixtures';
import { registerAndSignIn, signIn } from './support/sign-in';

test('"Angemeldet als …" leads to "Mein Profil", whose sections are links in both languages', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });

  await page.getByRole('link', { name: 'Angemeldet als Erika' }).click();
  await expect(page).toHaveURL(/\/profil$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'Bereiche von „Mein Profil“' });
  await expect(sections.getByRole('link', { name: 'Meine Angaben' })).toHaveAttribute('aria-current', 'page');
  await expect(sections.getByRole('link')).toHaveText([
    'Meine Angaben',
    'Passwort',
    'E-Mail-Adresse',
    'Einwilligungen',
    'Sitzungen',
    'Meine Daten',
    'Profil löschen',
  ]);
  await expectAccessible(page);

  await page.goto('/en/profil');
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections of “Mein ias” profile' }).getByRole('link', { name: 'My details' })).toBeVisible();
  await expectAccessible(page);
});

test('a signed-out visitor of the profile signs in and comes back to it', async ({ page, mailbox, uniqueEmail }) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email });
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();

  await page.goto('/profil');
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fprofil$/);
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();
});
