import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { GOOD_PASSWORD } from './support/registration';
import { registerAndConfirm, registerAndSignIn } from './support/by-request';
import { expectRefused, GENERIC_FAILURE, signIn } from './support/sign-in';

const NEW_PASSWORD = 'Regenschirm Tintenfisch Laterne';

function linkContaining(links: string[], part: string): string {
  const link = links.find((l) => l.includes(part));
  expect(link, `the mail carries a link with ${part}`).toBeTruthy();
  return link!;
}

/** A second device, signed in before the change: its own browser context with this project's options. */
async function signedInElsewhere(page: Page, email: string, language: 'de' | 'en' = 'de') {
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await other.goto(language === 'de' ? '/anmelden' : '/en/anmelden');
  await signIn(other, email, GOOD_PASSWORD, language);
  await expect(other.getByRole('link', { name: /^(Angemeldet als|Signed in as) / })).toBeVisible();
  return { other, close: () => context.close() };
}

test('a new password in the profile: a wrong current one is refused at its field, then other devices are signed out and a notice arrives', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail();
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email });
  const elsewhere = await signedInElsewhere(page, email);
  try {
    await page.goto('/profil');
    await page.getByRole('navigation', { name: 'Bereiche von „Mein Profil“' }).getByRole('link', { name: 'Passwort' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Passwort ändern' })).toBeVisible();
    await expect(page).toHaveURL(/\/profil\/passwort$/);
    await expectAccessible(page);

    await page.getByLabel('Aktuelles Passwort').fill('falsch falsch falsch');
    await page.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(page.getByRole('alert', { name: 'Bitte korrigieren Sie die markierten Angaben.' })).toBeVisible();
    await expect(page.getByLabel('Aktuelles Passwort')).toHaveAccessibleDescription('Das aktuelle Passwort ist nicht korrekt. Bitte prüfen Sie Ihre Eingabe.');
    // Passwords are never sent back.
    await expect(page.getByLabel('Aktuelles Passwort')).toHaveValue('');
    await expect(page.getByLabel('Neues Passwort')).toHaveValue('');

    await page.getByLabel('Aktuelles Passwort').fill(GOOD_PASSWORD);
    await page.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ihr Passwort wurde geändert.' })).toBeVisible();

    const notice = await mailbox.latest(email, 'Ihr Passwort wurde geändert');
    expect(notice.text).toContain('Hallo Erika,');
    expect(notice.text).toMatch(/wurde am \d{1,2}\. \S+ \d{4} um \d{2}:\d{2} \(deutsche Zeit\) geändert/);
    expect(notice.links.some((l) => l.endsWith('/passwort-vergessen'))).toBe(true);

    // The other device is signed out on its next page; this one is still signed in.
    await elsewhere.other.goto('/');
    await expect(elsewhere.other.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
    await page.goto('/profil');
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
    await page.goto('/anmelden');
    await signIn(page, email, GOOD_PASSWORD);
    await expectRefused(page, GENERIC_FAILURE);
    await signIn(page, email, NEW_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});

test('in English, the password page refuses a wrong current password and a weak new one, and the notice is in English', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const email = uniqueEmail('example.org');
  await registerAndConfirm(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email }, { office: 'Nein', leader: 'Ja', language: 'English' });
  await page.goto('/en/anmelden');
  await signIn(page, email, GOOD_PASSWORD, 'en');
  await expect(page.getByRole('link', { name: 'Signed in as Max' })).toBeVisible();
  const elsewhere = await signedInElsewhere(page, email, 'en');
  try {
    await page.goto('/en/profil/passwort');
    await expect(page.getByRole('heading', { level: 1, name: 'Change password' })).toBeVisible();

    await page.getByLabel('Current password').fill('wrong wrong wrong');
    await page.getByLabel('New password').fill('Max Mustermann 1');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert', { name: 'Please correct the marked entries.' })).toBeVisible();
    await expect(page.getByLabel('Current password')).toHaveAccessibleDescription('The current password is not correct. Please check your entry.');

    await page.getByLabel('Current password').fill(GOOD_PASSWORD);
    await page.getByLabel('New password').fill('Max Mustermann 1');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert', { name: 'Please correct the marked entries.' })).toBeVisible();
    await expect(page.getByLabel('New password')).toHaveAccessibleDescription(/too easy to guess/);
    await expectAccessible(page);

    await page.getByLabel('Current password').fill(GOOD_PASSWORD);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeVisible();

    const notice = await mailbox.latest(email, 'Your password was changed');
    expect(notice.text).toContain('Hello Max,');
    expect(notice.text).toContain('(German time)');
    expect(notice.links.some((l) => l.endsWith('/en/passwort-vergessen'))).toBe(true);

    await elsewhere.other.goto('/en');
    await expect(elsewhere.other.getByRole('link', { name: 'Sign in / Register' })).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});

test('a new address through its confirmation mail: the link shows a button, then only the new address signs in and the old one got a notice', async ({
  page,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const oldEmail = uniqueEmail();
  const newEmail = uniqueEmail('example.org');
  await registerAndSignIn(page, mailbox, { firstName: 'Erika', lastName: 'Mustermann', email: oldEmail });

  await page.goto('/profil/e-mail-adresse');
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse ändern' })).toBeVisible();
  await expect(page.getByText(oldEmail)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Neue E-Mail-Adresse').fill(newEmail);
  await page.getByLabel('Aktuelles Passwort').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Bestätigungslink senden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bitte prüfen Sie das Postfach der neuen Adresse' })).toBeVisible();
  // Until the link is confirmed, the profile keeps its address.
  await expect(page.getByText(oldEmail)).toBeVisible();

  const mail = await mailbox.latest(newEmail, 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse');
  expect(mail.text).toContain('24 Stunden gültig');
  const link = linkContaining(mail.links, '/profil/e-mail-adresse/bestaetigen?token=');

  // Opening the link changes nothing: it shows what would change, and a button.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Neue E-Mail-Adresse bestätigen' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  await expect(page.getByText(newEmail)).toBeVisible();
  await expect(page.getByText('Erika Mustermann')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Neue E-Mail-Adresse bestätigen' }).click();

  // Signed in as the owner: back on the profile, still signed in, with the new address.
  await expect(page.getByRole('status').filter({ hasText: `Sie melden sich ab jetzt mit ${newEmail} an` })).toBeVisible();
  await expect(page).toHaveURL(/\/profil\/e-mail-adresse\?geaendert=1$/);

  const notice = await mailbox.latest(oldEmail, 'Ihre E-Mail-Adresse wurde geändert');
  expect(notice.text).toContain(`q***@example.org`);
  expect(notice.text).not.toContain(newEmail);

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();
  await page.goto('/anmelden');
  await signIn(page, oldEmail);
  await expectRefused(page, GENERIC_FAILURE);
  await signIn(page, newEmail);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Diese Adresse ist schon bestätigt' })).toBeVisible();
});

test('in English, a foreign domain is refused, and a link confirmed where nobody is signed in ends every session', async ({
  page,
  browser,
  mailbox,
  uniqueEmail,
  expectAccessible,
}) => {
  const oldEmail = uniqueEmail('example.org');
  const newEmail = uniqueEmail('example.com');
  await registerAndConfirm(page, mailbox, { firstName: 'Max', lastName: 'Mustermann', email: oldEmail }, { office: 'Nein', leader: 'Nein', language: 'English' });
  await page.goto('/en/anmelden');
  await signIn(page, oldEmail, GOOD_PASSWORD, 'en');
  await expect(page.getByRole('link', { name: 'Signed in as Max' })).toBeVisible();

  await page.goto('/en/profil/e-mail-adresse');
  await expect(page.getByRole('heading', { level: 1, name: 'Change e-mail address' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('New e-mail address').fill('max@gmail.com');
  await page.getByLabel('Current password').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Send confirmation link' }).click();
  await expect(page.getByRole('alert', { name: 'Please correct the marked entries.' })).toBeVisible();
  await expect(page.getByLabel('New e-mail address')).toHaveAccessibleDescription(/Please use your company e-mail address/);
  await expect(page.getByLabel('New e-mail address')).toHaveValue('max@gmail.com');

  await page.getByLabel('New e-mail address').fill(newEmail);
  await page.getByLabel('Current password').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Send confirmation link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Please check the mailbox of the new address' })).toBeVisible();

  const mail = await mailbox.latest(newEmail, 'Please confirm your new e-mail address');
  const link = linkContaining(mail.links, '/en/profil/e-mail-adresse/bestaetigen?token=');

  // Opened on a device where nobody is signed in.
  const context = await browser.newContext();
  try {
    const phone = await context.newPage();
    await phone.goto(link);
    await expect(phone.getByRole('heading', { level: 1, name: 'Confirm new e-mail address' })).toBeVisible();
    await expect(phone.getByText(newEmail)).toBeVisible();
    await expectAccessible(phone);
    await phone.getByRole('button', { name: 'Confirm new e-mail address' }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Your e-mail address was changed' })).toBeVisible();
    await expectAccessible(phone);
    await phone.getByRole('link', { name: 'Go to sign-in' }).click();
    await signIn(phone, newEmail, GOOD_PASSWORD, 'en');
    await expect(phone.getByRole('heading', { level: 1, name: 'Welcome, Max' })).toBeVisible();
  } finally {
    await context.close();
  }

  const notice = await mailbox.latest(oldEmail, 'Your e-mail address was changed');
  expect(notice.text).toContain('q***@example.com');

  // The session that asked for the change has ended too.
  await page.goto('/en');
  await expect(page.getByRole('link', { name: 'Sign in / Register' })).toBeVisible();
});
