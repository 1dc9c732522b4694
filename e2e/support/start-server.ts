import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type StartOptions = {
  /** Extra arguments for `next start`, e.g. ['-H', '127.0.0.1']; the port is chosen here. */
  args?: string[];
  /**
   * Added to a working production environment (a fresh AUTH_SECRET and MAILBOX_SECRET, APP_URL = the server's
   * address, PGlite, the mailbox transport); `undefined` removes a variable, to test its absence.
   */
  env?: Record<string, string | undefined>;
  /** The start is meant to fail: wait for the process to end instead of for an answer. */
  expectExit?: boolean;
  timeoutMs?: number;
};

export type StartedServer = {
  /** Where the server answers, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Its exit code once it has ended, else null. */
  readonly exitCode: number | null;
  stop(): Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The address a client uses for the `-H` the server was given (all interfaces: the loopback one). */
function hostFor(args: string[]): string {
  const index = args.findIndex((arg) => arg === '-H' || arg === '--hostname');
  const host = index >= 0 ? args[index + 1] : undefined;
  if (!host || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the last production build (`next build` output in .next) with `next start` on a free port, its own
 * PGlite folder and a working production environment, and waits until it answers any HTTP request, or, with
 * `expectExit`, until it ends. Always call stop(): it ends the server by its process id and removes its data.
 */
export async function startServer({ args = [], env = {}, expectExit = false, timeoutMs = 60_000 }: StartOptions = {}) {
  const port = await freePort();
  const url = `http://${hostFor(args)}:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mein-ias-start-'));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PGLITE_DIR: path.join(dataDir, 'pglite'),
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_TRUST_HOST: 'true',
    APP_URL: url,
    DATABASE_URL: '',
    MAIL_TRANSPORT: 'mailbox',
    MAILBOX_SECRET: randomBytes(24).toString('hex'),
    RESEND_API_KEY: '',
  };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  // Its own process group, so stop() also ends any worker `next start` forks.
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), ...args], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const chunks: string[] = [];
  child.stdout.on('data', (data: Buffer) => chunks.push(data.toString()));
  child.stderr.on('data', (data: Buffer) => chunks.push(data.toString()));
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const server: StartedServer = {
    url,
    output: () => chunks.join(''),
    get exitCode() {
      return child.exitCode ?? (child.signalCode ? 128 : null);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const late = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await ended;
        clearTimeout(late);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  try {
    if (expectExit) await waitForExit(ended, timeoutMs, server);
    else await waitForAnswer(url, child, timeoutMs, server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function waitForAnswer(url: string, child: ChildProcess, timeoutMs: number, server: StartedServer) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start ended (${server.exitCode}) before it answered:\n${server.output()}`);
    }
    try {
      // Any answer counts, a redirect too: whether it is the right one is the test's business.
      await fetch(`${url}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer at ${url} within ${timeoutMs} ms:\n${server.output()}`);
}

async function waitForExit(ended: Promise<void>, timeoutMs: number, server: StartedServer) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([ended.then(() => 'ended' as const), timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') throw new Error(`next start was expected to refuse to start, but ran on:\n${server.output()}`);
}
