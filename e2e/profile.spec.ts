import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { registerAndSignIn } from './support/by-request';
import { signIn } from './support/sign-in';

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

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user moves through a page. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    try {
      await expect(target).toBeFocused({ timeout: 50 });
      return;
    } catch {
      await page.keyboard.press('Tab');
    }
  }
  await expect(target).toBeFocused();
}

test('the profile works by keyboard alone: from the header to the details, a saved change, another section', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email: uniqueEmail() });

  await tabTo(page, page.getByRole('link', { name: 'Angemeldet als Erika' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();

  await tabTo(page, page.getByLabel('Nachname'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Musterfrau');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Angaben wurden gespeichert.' })).toBeVisible();
  await expect(page.getByLabel('Nachname')).toHaveValue('Musterfrau');

  await tabTo(page, page.getByRole('navigation', { name: 'Bereiche von „Mein Profil“' }).getByRole('link', { name: 'Sitzungen' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/profil\/sitzungen$/);
});
