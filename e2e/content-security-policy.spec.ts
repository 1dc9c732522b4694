import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { confirmationLink, fillStepOne, fillStepTwo } from './support/registration';
import { registerAndSignIn } from './support/by-request';

// Every page runs under a strict CSP (proxy.ts): its scripts carry the response's nonce, and the browser reports
// nothing it had to block. Checked in both languages, with and without JavaScript (both projects).

/**
 * Collects what the browser reports against the page: what the CSP blocked (a console error), a feature name
 * in the Permissions-Policy it does not know (a console warning), and uncaught errors.
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if ((message.type() === 'error' && /Content Security Policy/i.test(text)) || /Permissions-Policy/i.test(text)) {
      problems.push(text);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

async function expectStrictPage(page: Page, problems: string[], path: string, status = 200) {
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(status);
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
  expect(nonce, `${path}: a CSP with a nonce`).toBeTruthy();
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${path}: scripts`).toBeGreaterThan(0);
  for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
  expect(problems, path).toEqual([]);
}

const both = (path: string) => [path, `/en${path === '/' ? '' : path}`];

const publicPages = [
  '/',
  '/anmelden',
  '/registrieren',
  '/bestaetigung-erneut-senden',
  '/passwort-vergessen',
  '/datenschutz',
  '/nutzungsbedingungen',
  '/impressum',
  '/dev/mailbox',
];

test('public pages and the 404 page run under the CSP without a violation', async ({ page }) => {
  const problems = watch(page);
  for (const path of publicPages.flatMap(both)) await expectStrictPage(page, problems, path);
  for (const path of both('/gibt-es-nicht')) await expectStrictPage(page, problems, path, 404);
});

test('the registration steps, the success page, a captured mail and its link run under the CSP without a violation', async ({
  page,
  uniqueEmail,
  mailbox,
}) => {
  const problems = watch(page);
  const email = uniqueEmail();
  await page.goto('/registrieren');
  await fillStepOne(page, { firstName: 'Clara', lastName: 'Strikt', email });
  await expect(page.getByText('Schritt 2 von 3', { exact: true })).toBeVisible();
  for (const path of both('/registrieren/angaben')) await expectStrictPage(page, problems, path);
  await page.goto('/registrieren/angaben');
  await fillStepTwo(page, { office: 'Ja', leader: 'Nein' });
  await expect(page.getByText('Schritt 3 von 3', { exact: true })).toBeVisible();
  for (const path of both('/registrieren/datenschutz')) await expectStrictPage(page, problems, path);
  await page.goto('/registrieren/datenschutz');
  await page.getByLabel(/Hiermit stimme ich den Nutzungsbedingungen zu/).check();
  await page.getByRole('button', { name: 'Akzeptieren' }).click();
  await expect(page.getByRole('heading', { name: 'Registrierung erfolgreich' })).toBeVisible();
  for (const path of both('/registrieren/erfolgreich')) await expectStrictPage(page, problems, path);

  // The mail is shown in a srcdoc frame, which inherits the page's CSP: its inline styles must still apply.
  const mail = await mailbox.latest(email);
  for (const path of both(`/dev/mailbox/${mail.id}`)) {
    await expectStrictPage(page, problems, path);
    await expect(page.frameLocator('iframe').getByRole('link', { name: 'E-Mail-Adresse bestätigen' })).toBeVisible();
  }
  // The link's page only shows the button that confirms: opening it changes nothing.
  const link = new URL(confirmationLink(mail.links));
  for (const path of both(link.pathname.replace(/^\/en/, ''))) await expectStrictPage(page, problems, `${path}${link.search}`);
  expect(problems).toEqual([]);
});

test('the signed-in portal and a content item run under the CSP without a violation', async ({ page, uniqueEmail, mailbox }) => {
  const problems = watch(page);
  const email = uniqueEmail('example.com');
  await registerAndSignIn(page, mailbox, { firstName: 'Clara', lastName: 'Strikt', email });
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Clara' })).toBeVisible();
  for (const path of [...both('/'), ...both('/inhalte/vorsorge-bildschirmarbeit')]) {
    await expectStrictPage(page, problems, path);
    await expect(page.getByRole('button', { name: /^(Abmelden|Sign out)$/ })).toBeVisible();
  }
});
