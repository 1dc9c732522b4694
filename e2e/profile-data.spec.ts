import { readFile } from 'node:fs/promises';
import { expect, recordsFor, test } from './support/fixtures';
import { GOOD_PASSWORD } from './support/registration';
import { registerAndConfirm, registerAndSignIn } from './support/by-request';
import { expectRefused, GENERIC_FAILURE, signIn } from './support/sign-in';

const IP_ADDRESS = /\b\d{1,3}(\.\d{1,3}){3}\b/;
const FILE_NAME = /^attachment; filename="mein-ias-daten-\d{4}-\d{2}-\d{2}\.json"$/;

test('"Beenden" on "Sitzungen" signs another browser out on its next page load', async ({
  page,
  browser,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Sina', lastName: 'Sitzmann', email });
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await otherPage.goto('/anmelden');
    await signIn(otherPage, email);
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Willkommen, Sina' })).toBeVisible();

    await page.goto('/profil/sitzungen');
    await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
    const list = page.getByRole('list').filter({ has: page.getByText('Angemeldet seit') });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByText('Diese Sitzung')).toHaveCount(1);
    await expect(list.getByRole('heading', { level: 3 })).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Beenden' })).toHaveCount(1);
    expect(await page.locator('main').innerText()).not.toMatch(IP_ADDRESS);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Beenden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Sitzung wurde beendet.' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Beenden' })).toHaveCount(0);

    // The ended browser is signed out on its next page load, and asked to sign in for the page it wanted.
    await otherPage.goto('/profil');
    await expect(otherPage).toHaveURL(/\/anmelden\?weiter=%2Fprofil$/);
  } finally {
    await other.close();
  }
});

test('"Sign out everywhere" asks for the current password and signs this browser out too', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Uwe', lastName: 'Ueberall', email });

  await page.goto('/en/profil/sitzungen');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('This session')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('alert', { name: 'Please correct the marked entries.' })).toContainText(
    'The current password is not correct.',
  );
  await page.getByLabel('Current password').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have been signed out everywhere, in this browser too.' })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/?\?abgemeldet=1$/);
  await page.goto('/en/profil');
  await expect(page).toHaveURL(/\/en\/anmelden\?weiter=%2Fprofil$/);
});

test('"Meine Daten" shows what is stored and downloads it as JSON, without any secret', async ({
  page,
  playwright,
  baseURL,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Dana', lastName: 'Datenreich', email });

  await page.goto('/profil/meine-daten');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Daten' })).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByText(email, { exact: true })).toBeVisible();
  await expect(main.getByText('Beispiel GmbH', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Einwilligungen' }).getByRole('cell', { name: 'Nutzungsbedingungen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Protokollierte Ereignisse' }).getByRole('cell', { name: 'Anmeldung', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'E-Mails an Sie' }).getByRole('cell', { name: 'Bestätigung der E-Mail-Adresse' })).toBeVisible();
  expect(await main.innerText()).not.toMatch(IP_ADDRESS);
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mein-ias-daten-\d{4}-\d{2}-\d{2}\.json$/);
  const json = await readFile((await download.path())!, 'utf8');
  const data = JSON.parse(json) as Record<string, unknown> & { profile: Record<string, unknown>; consents: unknown[]; sessions: { current: boolean }[] };
  expect(data.profile).toMatchObject({ email, firstName: 'Dana', lastName: 'Datenreich', officeWorkplace: true, disciplinaryReports: false });
  expect(data.company).toEqual({ name: 'Beispiel GmbH' });
  expect(data.consents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'terms_of_use', granted: true, locale: 'de' })]));
  expect(data.sessions.filter((s) => s.current)).toHaveLength(1);
  for (const secret of ['passwordHash', '$argon2', 'token', 'ipHash', 'html', GOOD_PASSWORD]) expect(json).not.toContain(secret);

  // The same answer by request, with this browser's cookies: a file, never cached.
  const response = await page.request.get('/profil/meine-daten/export');
  expect(response.headers()['content-disposition']).toMatch(FILE_NAME);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['content-type']).toContain('application/json');

  // Without a session there is no export, only the sign-in mask that leads back to "Meine Daten".
  const stranger = await playwright.request.newContext({ baseURL });
  try {
    const refused = await stranger.get('/en/profil/meine-daten/export', { maxRedirects: 0 });
    expect(refused.status()).toBe(303);
    expect(refused.headers().location).toBe('/en/anmelden?weiter=%2Fprofil%2Fmeine-daten');
    expect(await refused.text()).toBe('');
  } finally {
    await stranger.dispose();
  }

  await page.goto('/en/profil/meine-daten');
  await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Consents' }).getByRole('cell', { name: 'Terms of use' })).toBeVisible();
  await expectAccessible(page);
});

test('the privacy notice says what outlives a deleted profile, and for how long', async ({ page }) => {
  await page.goto('/datenschutz');
  await expect(page.getByText(/die Einträge zu Ihren Einwilligungen 3 Jahre lang als Nachweis/)).toBeVisible();
  await page.goto('/en/datenschutz');
  await expect(page.getByText(/the entries about your consents for 3 years as proof/)).toBeVisible();
});

test('"Profil löschen" says what goes and what stays, and refuses without the tick or the right password', async ({
  page,
  request,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Berta', lastName: 'Bleibtreu', email });

  await page.goto('/en/profil/loeschen');
  await expect(page.getByRole('heading', { level: 1, name: 'Delete profile' })).toBeVisible();
  await expect(page.getByText(/kept for 3 years after the deletion/)).toBeVisible();
  await expectAccessible(page);

  await page.goto('/profil/loeschen');
  await expect(page.getByRole('heading', { level: 1, name: 'Profil löschen' })).toBeVisible();
  await expect(page.getByText(/3 Jahre nach der Löschung/)).toBeVisible();
  await expect(page.getByText(/bis ein Jahr nach dem jeweiligen Ereignis/)).toBeVisible();
  await expectAccessible(page);

  const summary = page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' });
  await page.getByRole('button', { name: 'Profil löschen' }).click();
  await expect(summary).toContainText('Bitte bestätigen Sie, dass Sie Ihr Profil endgültig löschen möchten.');
  await expect(summary).toContainText('Aktuelles Passwort: Bitte füllen Sie dieses Feld aus.');

  await page.getByLabel('Aktuelles Passwort').fill('ganz sicher falsch');
  await page.getByLabel('Ja, ich möchte mein Profil endgültig löschen.').check();
  await page.getByRole('button', { name: 'Profil löschen' }).click();
  await expect(summary).toContainText('Das aktuelle Passwort ist nicht korrekt.');
  expect(await recordsFor(request, email)).toMatchObject({ users: 1 });
});

test('deleting the profile signs out; signing in fails, and the address can register again', async ({ page, request, mailbox, uniqueEmail }) => {
  const email = uniqueEmail();
  const person = { firstName: 'Lotte', lastName: 'Loeschbar', email };
  await registerAndSignIn(page, mailbox, person);

  await page.goto('/profil/loeschen');
  await page.getByLabel('Aktuelles Passwort').fill(GOOD_PASSWORD);
  await page.getByLabel('Ja, ich möchte mein Profil endgültig löschen.').check();
  await page.getByRole('button', { name: 'Profil löschen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Profil wurde gelöscht.' })).toBeVisible();
  await expect(page).toHaveURL(/\/\?geloescht=1$/);
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
  expect(await recordsFor(request, email)).toEqual({ registrations: 0, users: 0, consents: 0, emailTokens: 0, mails: 0 });

  await page.goto('/anmelden');
  await signIn(page, email);
  await expectRefused(page, GENERIC_FAILURE);

  await registerAndConfirm(page, mailbox, person);
  await page.goto('/anmelden');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Lotte' })).toBeVisible();
});
