import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { registerInGerman } from './support/registration';
import { registerAndConfirm } from './support/by-request';
import { signIn } from './support/sign-in';

/** What a person sees of the answer, their own address left out (the pages repeat it back). */
async function answerPage(page: Page, email: string): Promise<string> {
  return (await page.locator('main').innerText()).replaceAll(email, '<address>').trim();
}

// Nobody learns from the portal's pages whether an address is registered: each form answers a registered and a
// new address with the very same page. (Timing: `npm run bench:enumeration` compares the work behind them.)
test('registration, sign-in, reset and resend answer a registered and a new address with the same page', async ({
  page,
  mailbox,
  uniqueEmail,
}) => {
  const known = uniqueEmail();
  await registerAndConfirm(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email: known });
  const pending = uniqueEmail();
  await registerInGerman(page, { firstName: 'Erika', lastName: 'Mustermann', email: pending });
  const fresh = () => uniqueEmail();

  const answers = async (flow: (email: string) => Promise<void>, registered: string) => {
    const unknown = fresh();
    await flow(registered);
    const first = await answerPage(page, registered);
    await flow(unknown);
    expect(await answerPage(page, unknown), 'the same page for both addresses').toBe(first);
  };

  await answers(async (email) => {
    await registerInGerman(page, { firstName: 'Max', lastName: 'Muster', email });
  }, known);

  await answers(async (email) => {
    await page.goto('/anmelden');
    await signIn(page, email, 'Falsches Passwort 123 Brise');
    await expect(page.getByRole('alert', { name: 'Die Anmeldung hat nicht geklappt.' })).toBeVisible();
  }, known);

  await answers(async (email) => {
    await page.goto('/passwort-vergessen');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();
  }, known);

  await answers(async (email) => {
    await page.goto('/bestaetigung-erneut-senden');
    await page.getByLabel('Firmen-E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
    await expect(page.getByRole('status')).toBeVisible();
  }, pending);
});
