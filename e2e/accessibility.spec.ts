import { expect, expectNoAxeViolations, test } from './support/fixtures';

const pages = ['/', '/anmelden', '/datenschutz', '/nutzungsbedingungen', '/impressum', '/dev/mailbox', '/gibt-es-nicht'];

for (const locale of ['de', 'en'] as const) {
  for (const path of pages) {
    const url = locale === 'de' ? path : `/en${path === '/' ? '' : path}`;
    test(`${url} has no axe violations`, async ({ page, expectAccessible }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectAccessible(page);
    });
  }
}

test('a captured mail and a form with errors have no axe violations', async ({
  page,
  browser,
  expectAccessible,
  uniqueEmail,
  mailbox,
}) => {
  await page.goto('/dev/mailbox');
  await page.getByLabel('Empfänger-Adresse').fill('kaputt');
  await page.getByRole('button', { name: 'Testnachricht senden' }).click();
  await expect(page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' })).toBeVisible();
  await expectAccessible(page);

  const to = uniqueEmail();
  await page.getByLabel('Empfänger-Adresse').fill(to);
  await page.getByRole('button', { name: 'Testnachricht senden' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await page.goto('/dev/mailbox');
  await page.getByRole('link', { name: new RegExp(to) }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Textteil' })).toBeVisible();
  // The page around the mail here; the mail document itself below, on its own, as a mail client shows it.
  await expectAccessible(page, { exclude: ['iframe'] });

  const mail = await mailbox.latest(to);
  const context = await browser.newContext({ javaScriptEnabled: true });
  const mailPage = await context.newPage();
  await mailPage.setContent(mail.html);
  await expectNoAxeViolations(mailPage, `mail to ${to}`, { bestPractice: false });
  await context.close();
});
