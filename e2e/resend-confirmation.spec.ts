import { expect, test } from './support/fixtures';
import { confirmationLink, confirmByLink, registerInGerman } from './support/registration';

const sentAnswer = (email: string) =>
  `Vielen Dank. Falls für ${email} eine unbestätigte Registrierung besteht, ist eine neue Bestätigungs-E-Mail unterwegs. Bitte sehen Sie auch im Spam-Ordner nach.`;

test('a new confirmation e-mail replaces the older link, and the new link confirms', async ({ page, uniqueEmail, mailbox }) => {
  const email = uniqueEmail();
  await registerInGerman(page, { firstName: 'Erika', lastName: 'Mustermann', email });
  const first = confirmationLink((await mailbox.latest(email)).links);

  await page.getByRole('link', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigungs-E-Mail erneut senden' })).toBeVisible();
  await page.getByLabel('Firmen-E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
  await expect(page.getByRole('status')).toHaveText(sentAnswer(email));

  await expect.poll(async () => (await mailbox.list(email)).length).toBe(2);
  const second = confirmationLink((await mailbox.latest(email)).links);
  expect(second).not.toBe(first);

  await page.goto(first);
  await expect(page.getByRole('heading', { level: 1, name: 'Dieser Link ist nicht mehr gültig' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bestätigungs-E-Mail erneut senden' })).toBeVisible();
  await confirmByLink(page, second, 'Erika Mustermann');
});

test('an unknown address gets the same answer, and no mail', async ({ page, uniqueEmail, mailbox }) => {
  const email = uniqueEmail();
  await page.goto('/bestaetigung-erneut-senden');
  await page.getByLabel('Firmen-E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
  await expect(page.getByRole('status')).toHaveText(sentAnswer(email));
  expect(await mailbox.list(email)).toEqual([]);
});

test('a dead-end link offers a new confirmation e-mail and a new registration', async ({ page }) => {
  await page.goto(`/bestaetigen?token=${'B'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dieser Link ist ungültig' })).toBeVisible();
  await expect(page.getByText(/nicht innerhalb von 7 Tagen bestätigt und deshalb gelöscht/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Erneut registrieren' })).toBeVisible();
  await page.getByRole('link', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigungs-E-Mail erneut senden' })).toBeVisible();
});

for (const locale of ['de', 'en'] as const) {
  test(`the resend page in ${locale} has no axe violations, before and after a refused entry`, async ({ page, expectAccessible }) => {
    await page.goto(locale === 'de' ? '/bestaetigung-erneut-senden' : '/en/bestaetigung-erneut-senden');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectAccessible(page);
    const field = page.getByLabel(locale === 'de' ? 'Firmen-E-Mail-Adresse' : 'Company e-mail address');
    await field.fill('kaputt');
    await page.getByRole('button', { name: locale === 'de' ? 'Bestätigungs-E-Mail erneut senden' : 'Send the confirmation e-mail again' }).click();
    await expect(field).toHaveAccessibleDescription(locale === 'de' ? /gültige E-Mail-Adresse/ : /valid e-mail address/);
    await expectAccessible(page);
  });
}

test('the cron routes refuse a call without the secret', async ({ request, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'statuses of plain requests: one project is enough');
  for (const path of ['/api/cron/deliver-mail', '/api/cron/purge-unconfirmed']) {
    const anonymous = await request.get(path);
    const forged = await request.get(path, { headers: { Authorization: 'Bearer guessed-secret-0123456789' } });
    // 401 where CRON_SECRET is set, 503 where it is not (the local test server): never the job.
    expect([401, 503], path).toContain(anonymous.status());
    expect([401, 503], path).toContain(forged.status());
  }
});

test('the expired-link and success pages offer the resend link and stay free of axe violations', async ({ page, expectAccessible }) => {
  await page.goto('/bestaetigt?ergebnis=expired');
  await expect(page.getByRole('heading', { level: 1, name: 'Dieser Link ist abgelaufen' })).toBeVisible();
  await expect(page.getByText('Ein Profil, das in dieser Zeit nicht bestätigt wird, löschen wir.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Erneut registrieren' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bestätigungs-E-Mail erneut senden' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en/bestaetigt?ergebnis=replaced');
  await expect(page.getByRole('link', { name: 'Send the confirmation e-mail again' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/en/registrieren/erfolgreich');
  await expect(page.getByRole('link', { name: 'Send the confirmation e-mail again' })).toBeVisible();
  await expectAccessible(page);
});
