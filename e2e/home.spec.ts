import { expect, test } from './support/fixtures';

test('the German home page explains the portal and invites people to register or sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
  await expect(page.getByText('Portal für Beschäftigte der Kundenunternehmen der ias Gruppe')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jetzt registrieren' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Anmelden/Registrieren' }).click();
  await expect(page).toHaveURL(/\/anmelden$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
});

test('the English home page lives under /en and the switcher moves between the languages', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to “Mein ias”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in / Register' })).toBeVisible();
  await page.getByRole('link', { name: 'Auf Deutsch wechseln' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to “Mein ias”' })).toBeVisible();
});

test('the footer gives the contact address and reaches the legal pages in the page language', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'meinias@ias-gruppe.de' })).toHaveAttribute(
    'href',
    'mailto:meinias@ias-gruppe.de',
  );
  for (const [link, heading] of [
    ['Datenschutz', 'Datenschutz'],
    ['Nutzungsbedingungen', 'Nutzungsbedingungen'],
    ['Impressum', 'Impressum'],
  ] as const) {
    await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.goto('/en/datenschutz');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
});

test('keyboard users can skip straight to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Jetzt registrieren' })).toBeFocused();
});

test('an unknown address answers 404 with a page in the language of its path', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect((await page.goto('/en/does/not/exist'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to “Mein ias”' })).toBeVisible();
});
