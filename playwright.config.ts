import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { DEBIAN_CHROMIUM_FLAGS } from './e2e/support/chromium-flags';

/** Playwright's own Chromium where it is installed, else Debian's, kept off the network it cannot reach. */
function browserLaunch() {
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return {};
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: DEBIAN_CHROMIUM_FLAGS,
  };
}

const desktop = { ...devices['Desktop Chrome'], launchOptions: browserLaunch() };

/**
 * A production build's mailbox (/dev/*) answers only `Authorization: Bearer $MAILBOX_SECRET`. The local server
 * gets a fresh secret from the global setup; against a preview, export the preview's MAILBOX_SECRET.
 */
const mailboxHeaders = process.env.MAILBOX_SECRET ? { Authorization: `Bearer ${process.env.MAILBOX_SECRET}` } : undefined;

export default defineConfig({
  testDir: './e2e',
  // With BASE_URL set (a preview deployment, say), no server is started: the suite runs against that address.
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // The CI runner has 2 cores and runs axe about 2.5 times slower than a workstation; the longest test takes
  // ~13 s here. A generous limit there keeps a slow runner from failing a test that is merely slow.
  timeout: process.env.CI ? 120_000 : 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.BASE_URL,
    extraHTTPHeaders: mailboxHeaders,
    locale: 'de-DE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'with-js', use: { ...desktop } },
    { name: 'without-js', use: { ...desktop, javaScriptEnabled: false } },
  ],
});
