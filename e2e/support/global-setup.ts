import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './start-server';

async function waitUntilUp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Builds the app and starts `next start` on a free port with its own PGlite folder, so the suite never shares
 * state with a dev server. Skipped when BASE_URL points at a running deployment.
 */
export default async function globalSetup() {
  if (process.env.BASE_URL) return;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('next build failed');
  }
  // The server is a production build: its mailbox answers only requests with this secret, which the
  // config sends with every request (playwright.config.ts reads it once this setup has set it).
  process.env.MAILBOX_SECRET ??= randomBytes(24).toString('hex');
  // The console's specs sign in as this operator, which the server makes at start-up (lib/auth/e2e-operator.ts).
  process.env.E2E_OPERATOR_EMAIL ??= 'operator-e2e@example.com';
  process.env.E2E_OPERATOR_PASSWORD ??= randomBytes(18).toString('base64url');
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mein-ias-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: {
      ...env,
      PGLITE_DIR: path.join(dataDir, 'pglite'),
      APP_URL: baseUrl,
      AUTH_SECRET: randomBytes(32).toString('hex'),
      AUTH_TRUST_HOST: 'true',
      DATABASE_URL: '',
      MAIL_TRANSPORT: 'mailbox',
      // The fixtures give every test an address of its own, as a trusted proxy in front would (fixtures.ts).
      TRUSTED_PROXY_HOPS: '1',
      MAILBOX_SECRET: process.env.MAILBOX_SECRET,
      E2E_OPERATOR_EMAIL: process.env.E2E_OPERATOR_EMAIL,
      E2E_OPERATOR_PASSWORD: process.env.E2E_OPERATOR_PASSWORD,
      RESEND_API_KEY: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilUp(`${baseUrl}/`, server, 60_000);
  process.env.BASE_URL = baseUrl;
  process.env.E2E_LOCAL_SERVER = '1';

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
