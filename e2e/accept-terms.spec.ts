import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '../db/index';
import { findCompanyForEmail } from '../db/queries/companies';
import { recordConsent } from '../db/queries/consents';
import { createUser } from '../db/queries/users';
import { seedDemoData } from '../db/seed';
import { hashPassword } from '../lib/security/passwords';
import { expect, test } from './support/fixtures';
import { GOOD_PASSWORD } from './support/registration';
import { signIn } from './support/sign-in';
import { type StartedServer, startServer } from './support/start-server';

// A person who accepted an older version of the terms cannot be made through the pages: the test writes one into
// a PGlite folder of its own and starts `next start` on it (so only where the suite built the app itself).
test.beforeEach(({}, testInfo) => {
  test.skip(process.env.E2E_LOCAL_SERVER !== '1', 'needs the local build (BASE_URL points at a deployment)');
  // A server start of its own, on a runner shared with other work: generous, as production-start.spec.ts is.
  testInfo.setTimeout(testInfo.timeout + 180_000);
});

let server: StartedServer | undefined;
let dataDir: string | undefined;
test.afterEach(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  server = undefined;
  dataDir = undefined;
});

async function startWithOutdatedTerms(email: string): Promise<StartedServer> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'mein-ias-terms-'));
  const pgliteDir = path.join(dataDir, 'pglite');
  const open = await openDatabase({ kind: 'pglite', dataDir: pgliteDir });
  try {
    await migrateDatabase(open);
    await seedDemoData(open.db);
    const company = await findCompanyForEmail(open.db, email);
    const user = await createUser(open.db, {
      companyId: company!.id,
      firstName: 'Erika',
      lastName: 'Mustermann',
      email,
      passwordHash: await hashPassword(GOOD_PASSWORD),
      officeWorkplace: true,
      disciplinaryReports: false,
      confirmedAt: new Date('2025-01-01T08:00:00Z'),
    });
    await recordConsent(open.db, { userId: user.id, kind: 'terms_of_use', textVersion: '2025-01-01', locale: 'de', granted: true, createdAt: new Date('2025-01-01T08:00:00Z') });
  } finally {
    await open.close();
  }
  return startServer({ env: { PGLITE_DIR: pgliteDir } });
}

test('a person who accepted an older version of the terms is asked first, may decline, and accepting returns to the page asked for', async ({
  page,
  expectAccessible,
}) => {
  const email = 'erika.terms@example.com';
  server = await startWithOutdatedTerms(email);
  await page.goto(`${server.url}/anmelden`);
  await signIn(page, email);
  await expect(page).toHaveURL(`${server.url}/zustimmung`);
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Nutzungsbedingungen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nutzungsbedingungen' }).last()).toHaveAttribute('href', '/nutzungsbedingungen');
  await expectAccessible(page);

  // Declining signs out; the profile stays, so signing in asks again.
  await page.getByRole('button', { name: 'Ablehnen und abmelden' }).click();
  await expect(page.getByRole('link', { name: 'Anmelden/Registrieren' })).toBeVisible();

  await page.goto(`${server.url}/anmelden`);
  await signIn(page, email);
  await expect(page).toHaveURL(`${server.url}/zustimmung`);
  // Any signed-in page leads here first, and remembers where the person was going.
  await page.goto(`${server.url}/en/profil/einwilligungen`);
  await expect(page).toHaveURL(`${server.url}/en/zustimmung?weiter=%2Fprofil%2Feinwilligungen`);
  await expect(page.getByRole('heading', { level: 1, name: 'New terms of use' })).toBeVisible();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByLabel(/I accept the terms of use/)).toHaveAccessibleDescription('Please accept the terms of use to go on using “Mein ias”.');
  await expectAccessible(page);

  await page.getByLabel(/I accept the terms of use/).check();
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(`${server.url}/en/profil/einwilligungen`);
  const ledger = page.getByRole('region', { name: 'History of your consents, newest first' }).getByRole('row');
  await expect(ledger).toHaveCount(3);
  await expect(ledger.nth(1)).toContainText(/Terms of use\s*given.*English/);
  await expect(ledger.nth(2)).toContainText(/Terms of use\s*given.*2025-01-01\s*German/);

  // Asked once: the portal opens straight away now, and the terms page sends the person on.
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
  await page.goto(`${server.url}/zustimmung`);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Erika' })).toBeVisible();
});
