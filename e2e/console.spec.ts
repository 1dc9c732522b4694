import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { hasOperator, signInAsOperator } from './support/operator';
import { registerInGerman } from './support/registration';
import { registerAndConfirm } from './support/by-request';
import { signIn } from './support/sign-in';

test.skip(!hasOperator(), 'needs an operator: the local server makes one (global-setup.ts); elsewhere export E2E_OPERATOR_EMAIL and E2E_OPERATOR_PASSWORD');

type Language = 'de' | 'en';

/** The console's texts the spec acts on, by language. */
const ui = {
  de: {
    console: 'Verwaltung',
    companies: 'Firmen',
    content: 'Inhalte',
    people: 'Personen',
    mail: 'E-Mails',
    companyName: 'Name der Firma',
    domain: 'E-Mail-Domain',
    addCompany: 'Firma anlegen',
    domainTaken: (domain: string, owner: string) => `Die Domain ${domain} gehört bereits zu „${owner}“. Entfernen Sie sie dort zuerst.`,
    edit: (title: string) => `„${title}“ bearbeiten`,
    unlockedFor: 'Für diese Firmen freigeschaltet',
    saveUnlocks: 'Freischaltung speichern',
    unlocksSaved: 'Freischaltung gespeichert: 1 Firma neu, 0 Firmen gesperrt.',
    address: 'E-Mail-Adresse',
    find: 'Suchen',
    pending: 'registriert, wartet auf Bestätigung',
    resend: 'Bestätigungslink erneut senden',
    resent: 'Ein neuer Bestätigungslink ist unterwegs; ältere Links gelten nicht mehr.',
    problem: 'Das hat nicht geklappt.',
    preview: 'Vorschau zeigen',
    previewVerdict: 'Personen der Zielgruppe „Führungskräfte“ sehen diesen Inhalt, wo er freigeschaltet ist.',
    audienceOfPreview: 'Zielgruppe der Vorschau',
    leaders: 'Führungskräfte',
    newItem: 'Neuen Inhalt anlegen',
    mailCounts: 'Anzahl nach Vorlage',
  },
  en: {
    console: 'Console',
    companies: 'Companies',
    content: 'Content',
    people: 'People',
    mail: 'Mail',
    companyName: 'Company name',
    domain: 'E-mail domain',
    addCompany: 'Add company',
    domainTaken: (domain: string, owner: string) => `The domain ${domain} belongs to “${owner}” already. Remove it there first.`,
    edit: (title: string) => `Edit “${title}”`,
    unlockedFor: 'Unlocked for these companies',
    saveUnlocks: 'Save unlocks',
    unlocksSaved: 'Unlocks saved: 1 company added, 0 companies locked.',
    address: 'E-mail address',
    find: 'Find',
    pending: 'registered, waiting for confirmation',
    resend: 'Send the confirmation link again',
    resent: 'A new confirmation link is on its way; older links no longer work.',
    problem: 'That did not work.',
    preview: 'Show preview',
    previewVerdict: 'People of the audience “leaders” see this item where it is unlocked.',
    audienceOfPreview: 'Audience of the preview',
    leaders: 'leaders',
    newItem: 'Add a content item',
    mailCounts: 'Counts by template',
  },
} as const;

const COUNSELLING = 'Mitarbeiterberatung: vertraulich und kostenfrei';
const at = (language: Language, path: string) => (language === 'de' ? path : `/en${path}`);

/** A second browser for the operator, beside the person's; it inherits the project's options (JavaScript on or off). */
async function operatorPage(browser: Browser, language: Language): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsOperator(page, language);
  return page;
}

async function openSection(page: Page, language: Language, section: 'companies' | 'content' | 'people' | 'mail') {
  await page.getByRole('link', { name: ui[language].console, exact: true }).click();
  await page.getByRole('navigation', { name: language === 'de' ? 'Bereiche der Verwaltung' : 'Console sections' }).getByRole('link', { name: ui[language][section] }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui[language][section] })).toBeVisible();
}

for (const language of ['de', 'en'] as const) {
  const t = ui[language];

  test(`${language}: an operator adds a company with a domain; its employee registers, signs in and sees the item the operator unlocks`, async ({
    page,
    browser,
    mailbox,
  }) => {
    // Two people, a registration and three sign-ins: on a busy 2-core runner this alone can take two minutes.
    test.slow();
    const suffix = randomBytes(4).toString('hex');
    const company = `QA Firma ${suffix}`;
    const domain = `qa-${suffix}.example`;
    const operator = await operatorPage(browser, language);

    await openSection(operator, language, 'companies');
    await operator.getByLabel(t.companyName).fill(company);
    await operator.getByLabel(t.domain).fill(domain);
    await operator.getByRole('button', { name: t.addCompany }).click();
    await expect(operator.getByRole('heading', { level: 1, name: company })).toBeVisible();
    await expect(operator.getByText(domain, { exact: true })).toBeVisible();

    // A domain belongs to one company: a second company with it is refused, the reason beside the field.
    await openSection(operator, language, 'companies');
    await operator.getByLabel(t.companyName).fill(`${company} Zwei`);
    await operator.getByLabel(t.domain).fill(domain);
    await operator.getByRole('button', { name: t.addCompany }).click();
    await expect(operator.getByRole('alert').filter({ hasText: t.problem })).toContainText(t.domainTaken(domain, company));
    await expect(operator.getByLabel(t.domain)).toHaveAttribute('aria-invalid', 'true');
    await expect(operator.getByLabel(t.companyName)).toHaveValue(`${company} Zwei`);

    const email = `emil-${suffix}@${domain}`;
    await registerAndConfirm(page, mailbox, { firstName: 'Emil', lastName: 'Beispiel', email });
    await page.goto('/anmelden');
    await signIn(page, email);
    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Emil' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ihre Inhalte' })).toContainText('Für Sie sind im Moment keine Inhalte freigeschaltet.');

    await openSection(operator, language, 'content');
    await operator.getByRole('link', { name: t.edit(COUNSELLING) }).click();
    await operator.getByRole('group', { name: t.unlockedFor }).getByLabel(company, { exact: true }).check();
    await operator.getByRole('button', { name: t.saveUnlocks }).click();
    await expect(operator.getByRole('status')).toHaveText(t.unlocksSaved);

    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Ihre Inhalte' }).getByRole('heading', { level: 3 })).toHaveText([COUNSELLING]);
    await operator.context().close();
  });

  test(`${language}: support finds a pending registration by its address and sends the link again`, async ({ page, browser, mailbox, uniqueEmail }) => {
    const email = uniqueEmail();
    await registerInGerman(page, { firstName: 'Paula', lastName: 'Wartend', email });
    await expect.poll(async () => (await mailbox.list(email)).length).toBe(1);

    const operator = await operatorPage(browser, language);
    await openSection(operator, language, 'people');
    await operator.getByLabel(t.address).fill(email);
    await operator.getByRole('button', { name: t.find }).click();
    await expect(operator.getByRole('region', { name: new RegExp(email) })).toContainText(t.pending);
    await operator.getByRole('button', { name: t.resend }).click();
    await expect(operator.getByRole('status')).toHaveText(t.resent);
    await expect.poll(async () => (await mailbox.list(email)).length).toBe(2);
    await operator.context().close();
  });

  test(`${language}: the console answers 404 to anyone but an operator, on every page`, async ({ page, browser, mailbox, uniqueEmail, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, 'statuses come from the server alone; with JavaScript the test also reads the 404 page, which Next renders in the browser');
    // 27 page loads, a registration and two sign-ins: a long journey on a busy runner.
    test.slow();
    const operator = await operatorPage(browser, language);
    await openSection(operator, language, 'companies');
    const companyPath = new URL((await operator.getByRole('link', { name: 'Beispiel GmbH', exact: true }).getAttribute('href'))!, operator.url()).pathname;
    const paths = [
      at(language, '/verwaltung'),
      at(language, '/verwaltung/firmen'),
      companyPath,
      at(language, '/verwaltung/inhalte'),
      at(language, '/verwaltung/inhalte/neu'),
      at(language, '/verwaltung/inhalte/mitarbeiterberatung'),
      at(language, '/verwaltung/inhalte/mitarbeiterberatung/vorschau?zielgruppe=office'),
      at(language, '/verwaltung/personen'),
      at(language, '/verwaltung/mail'),
    ];
    // The same addresses work for the operator, so the 404s below are the console refusing, not a missing page.
    for (const path of paths) expect((await operator.goto(path))?.status(), `operator at ${path}`).toBe(200);
    await operator.context().close();

    for (const path of paths) expect((await page.goto(path))?.status(), `anonymous at ${path}`).toBe(404);

    const email = uniqueEmail();
    await registerAndConfirm(page, mailbox, { firstName: 'Nora', lastName: 'Normal', email });
    await page.goto(at(language, '/anmelden'));
    await signIn(page, email, undefined, language);
    await expect(page.getByRole('button', { name: language === 'de' ? 'Abmelden' : 'Sign out' })).toBeVisible();
    await expect(page.getByRole('link', { name: t.console, exact: true })).toHaveCount(0);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `a signed-in person at ${path}`).toBe(404);
      // Next renders the not-found page itself in the browser (app/[locale]/not-found.tsx): its text needs JavaScript.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'de' ? 'Seite nicht gefunden' : 'Page not found');
    }
  });

  // Several tests rather than one: without JavaScript each check runs in a second browser, and one test for all
  // nine pages took longer than the time a test is given on a busy runner.
  test(`${language}: the console's company pages, one with a form in error, have no axe violations`, async ({ browser, expectAccessible }) => {
    const operator = await operatorPage(browser, language);
    await openSection(operator, language, 'companies');
    await expectAccessible(operator);
    await operator.getByRole('button', { name: t.addCompany }).click();
    await expect(operator.getByRole('alert').filter({ hasText: t.problem })).toBeVisible();
    await expectAccessible(operator);
    await operator.getByRole('link', { name: 'Beispiel GmbH', exact: true }).click();
    await expect(operator.getByRole('heading', { level: 1, name: 'Beispiel GmbH' })).toBeVisible();
    await expectAccessible(operator);
    await operator.context().close();
  });

  test(`${language}: the console's content list and new-item form have no axe violations`, async ({ browser, expectAccessible }) => {
    const operator = await operatorPage(browser, language);
    await openSection(operator, language, 'content');
    await expectAccessible(operator);
    await operator.getByRole('link', { name: t.newItem }).click();
    await expect(operator.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(operator);
    await operator.context().close();
  });

  test(`${language}: the console's content editor and its preview have no axe violations`, async ({ browser, expectAccessible }) => {
    const operator = await operatorPage(browser, language);
    await openSection(operator, language, 'content');
    await operator.getByRole('link', { name: t.edit(COUNSELLING) }).click();
    await expectAccessible(operator);
    await operator.getByLabel(t.audienceOfPreview).selectOption({ label: t.leaders });
    await operator.getByRole('button', { name: t.preview }).click();
    await expect(operator.getByText(t.previewVerdict)).toBeVisible();
    await expectAccessible(operator);
    await operator.context().close();
  });

  test(`${language}: the console's overview, people and mail pages have no axe violations`, async ({ browser, expectAccessible, uniqueEmail }) => {
    const operator = await operatorPage(browser, language);
    await operator.getByRole('link', { name: t.console, exact: true }).click();
    await expect(operator.getByRole('heading', { level: 1, name: t.console })).toBeVisible();
    await expectAccessible(operator);

    await openSection(operator, language, 'people');
    await operator.getByLabel(t.address).fill(uniqueEmail());
    await operator.getByRole('button', { name: t.find }).click();
    await expect(operator.getByRole('heading', { level: 2, name: language === 'de' ? /^Ergebnis für/ : /^Result for/ })).toBeVisible();
    await expectAccessible(operator);

    await openSection(operator, language, 'mail');
    await expect(operator.getByRole('heading', { level: 2, name: t.mailCounts })).toBeVisible();
    await expectAccessible(operator);
    await operator.context().close();
  });
}
