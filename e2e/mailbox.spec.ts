import { expect, test } from './support/fixtures';

test('a mail sent through the mail door shows up rendered in the dev mailbox, with working links', async ({
  page,
  uniqueEmail,
  mailbox,
}) => {
  const to = uniqueEmail();
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Entwicklungs-Postfach' })).toBeVisible();
  await page.getByLabel('Empfänger-Adresse').fill(to);
  await page.getByRole('button', { name: 'Testnachricht senden' }).click();
  await expect(page.getByRole('status')).toHaveText(`Die Testnachricht an ${to} ist unterwegs.`);

  // The JSON view sees it too, with the link it carries.
  const mail = await mailbox.latest(to, 'Testnachricht');
  expect(mail.links[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$|^https?:\/\//);

  await page.goto('/dev/mailbox');
  const entry = page.getByRole('link', { name: `An ${to}: Testnachricht von „Mein ias“` });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Testnachricht von „Mein ias“' })).toBeVisible();
  await expect(page.getByText('diese Testnachricht zeigt, dass das Portal „Mein ias“ E-Mails verschicken kann.').last()).toBeVisible();

  const rendered = page.frameLocator('iframe[title^="Gerenderte E-Mail"]');
  await expect(rendered.getByText('Guten Tag,')).toBeVisible();
  await rendered.getByRole('link', { name: '„Mein ias“ öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen bei „Mein ias“' })).toBeVisible();
});

test('the mailbox lists the newest mail first', async ({ page, uniqueEmail }) => {
  const first = uniqueEmail();
  const second = uniqueEmail();
  for (const to of [first, second]) {
    await page.goto('/en/dev/mailbox');
    await page.getByLabel('Recipient address').fill(to);
    await page.getByRole('button', { name: 'Send test message' }).click();
    await expect(page.getByRole('status')).toContainText(to);
  }
  await page.goto('/en/dev/mailbox');
  const links = page.getByRole('list').getByRole('link');
  const texts = await links.allTextContents();
  const a = texts.findIndex((t) => t.includes(first));
  const b = texts.findIndex((t) => t.includes(second));
  expect(b).toBeGreaterThanOrEqual(0);
  expect(a).toBeGreaterThan(b);
  await expect(page.getByRole('link', { name: `To ${second}: Test message from “Mein ias”` })).toBeVisible();
});

test('a malformed address is refused beside the field and in the summary, and the entry is kept', async ({ page }) => {
  await page.goto('/dev/mailbox');
  await page.getByLabel('Empfänger-Adresse').fill('keine-adresse');
  await page.getByRole('button', { name: 'Testnachricht senden' }).click();
  const message = 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@firma.de.';
  await expect(page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' }).getByRole('link', { name: message })).toBeVisible();
  await expect(page.getByLabel('Empfänger-Adresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Empfänger-Adresse')).toHaveAccessibleDescription(message);
  await expect(page.getByLabel('Empfänger-Adresse')).toHaveValue('keine-adresse');
});

test('the mailbox JSON view filters by recipient and refuses a bad query', async ({ request, uniqueEmail, page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'a JSON view answers the same to any client: one project is enough');
  const to = uniqueEmail();
  await page.goto('/dev/mailbox');
  await page.getByLabel('Empfänger-Adresse').fill(to);
  await page.getByRole('button', { name: 'Testnachricht senden' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await expect
    .poll(async () => ((await (await request.get(`/dev/mailbox.json?to=${encodeURIComponent(to.toUpperCase())}`)).json()) as { mails: unknown[] }).mails.length)
    .toBe(1);
  expect((await request.get('/dev/mailbox.json?limit=abc')).status()).toBe(400);
});

test('without the mailbox secret every mailbox page and JSON view answers 404', async ({ playwright, baseURL, uniqueEmail, page, mailbox, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'statuses of plain requests: one project is enough');
  const to = uniqueEmail();
  await page.goto('/dev/mailbox');
  await page.getByLabel('Empfänger-Adresse').fill(to);
  await page.getByRole('button', { name: 'Testnachricht senden' }).click();
  const mail = await mailbox.latest(to, 'Testnachricht');
  const paths = ['/dev/mailbox', '/en/dev/mailbox', `/dev/mailbox/${mail.id}`, '/dev/mailbox.json', `/dev/records.json?email=${encodeURIComponent(to)}`];
  for (const authorization of [undefined, 'Bearer not-the-secret-but-long-enough-0123456789']) {
    const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: authorization ? { Authorization: authorization } : {} });
    try {
      for (const path of paths) {
        const response = await stranger.get(path);
        expect(response.status(), `${path} with ${authorization ?? 'no header'}`).toBe(404);
        expect(await response.text()).not.toContain(to);
      }
    } finally {
      await stranger.dispose();
    }
  }
});
