import { expect, test } from './support/fixtures';
import { GOOD_PASSWORD } from './support/registration';
import { registerAndConfirm } from './support/by-request';
import { expectRefused, GENERIC_FAILURE, signIn } from './support/sign-in';

const NEW_PASSWORD = 'Regenschirm Tintenfisch Laterne';

function resetLink(links: string[]): string {
  const link = links.find((l) => l.includes('/passwort-zuruecksetzen?token='));
  expect(link, 'the mail carries a reset link').toBeTruthy();
  return link!;
}

test('a new password through the mailbox: the old one is refused, the new one works, other sessions end', async ({
  page,
  browser,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });

  // Signed in on a second device (its own browser context, same options as this project).
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await otherPage.goto('/anmelden');
    await signIn(otherPage, email);
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();

    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();

    const mail = await mailbox.latest(email, 'Neues Passwort');
    expect(mail.text).toContain('Hallo Erika,');
    const link = resetLink(mail.links);
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' })).toBeVisible();
    expect(page.url()).not.toContain('token');
    expect(new URL(page.url()).pathname).toBe('/passwort-neu');
    await expectAccessible(page);

    await page.getByLabel('Neues Passwort').fill('kurz');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    // Wait for the server's answer (the summary), not only the as-you-type check: the answer resets the form.
    await expect(page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' })).toBeVisible();
    await expect(page.getByLabel('Neues Passwort')).toHaveAccessibleDescription(/mindestens 12 Zeichen/);
    await page.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.getByText('Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.')).toBeVisible();

    await signIn(page, email, GOOD_PASSWORD);
    await expectRefused(page, GENERIC_FAILURE);
    await signIn(page, email, NEW_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();

    // The other device is signed out on its next page.
    await otherPage.goto('/');
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
    await expect(otherPage.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();

    // The link works once.
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Dieser Link ist nicht gültig' })).toBeVisible();
  } finally {
    await other.close();
  }
});

test('in English, a known and an unknown address get the same answer, and only the known one gets mail', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  const known = uniqueEmail('example.org');
  await registerAndConfirm(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email: known });
  const unknown = uniqueEmail('example.org');
  for (const email of [known, unknown]) {
    await page.goto('/en/passwort-vergessen');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Request link' }).click();
    await expect(page.getByRole('heading', { name: 'Please check your inbox' })).toBeVisible();
    await expect(page).toHaveURL(/\/en\/passwort-vergessen\?gesendet=1$/);
  }
  // The mail speaks the language the person chose (none here: the page's, English).
  const mail = await mailbox.latest(known, 'Set a new password');
  expect(mail.text).toContain('Hello Max,');
  expect(resetLink(mail.links)).toContain('/en/passwort-zuruecksetzen?token=');
  expect(await mailbox.list(unknown)).toEqual([]);
});

for (const [language, prefix, submit, invalid] of [
  ['German', '', 'Link anfordern', 'Dieser Link ist nicht gültig'],
  ['English', '/en', 'Request link', 'This link is not valid'],
] as const) {
  test(`the reset pages have no axe violations in ${language}`, async ({ page, expectAccessible }) => {
    await page.goto(`${prefix}/passwort-vergessen`);
    await expectAccessible(page);
    await page.getByRole('button', { name: submit }).click();
    await expect(page.locator('#error-summary-title')).toBeVisible();
    await expectAccessible(page);
    await page.goto(`${prefix}/passwort-vergessen?gesendet=1`);
    await expectAccessible(page);
    await page.goto(`${prefix}/passwort-zuruecksetzen?token=${'A'.repeat(43)}`);
    await expect(page.getByRole('heading', { level: 1, name: invalid })).toBeVisible();
    await expectAccessible(page);
  });
}

test('a reset link sets its cookie only when the link is valid', async ({ page, request, mailbox, uniqueEmail, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'headers of plain requests: one project is enough');
  const forged = await request.get(`/passwort-zuruecksetzen?token=${'A'.repeat(43)}`, { maxRedirects: 0 });
  expect(forged.status()).toBe(303);
  expect(forged.headers()['set-cookie'] ?? '').not.toMatch(/reset-link/);
  expect(forged.headers()['referrer-policy']).toBe('no-referrer');

  const email = uniqueEmail();
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });
  await page.goto('/passwort-vergessen');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  const link = resetLink((await mailbox.latest(email, 'Neues Passwort')).links);
  const valid = await request.get(link, { maxRedirects: 0 });
  expect(valid.headers()['set-cookie']).toMatch(/reset-link=/);
  expect(valid.headers().location).not.toContain('token');
});
