import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeResendRequest = {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
};

/** How the fake answers the next sends: accept them, fail with a status (and headers), or never answer. */
export type FakeResendMode =
  /** `delayMs`: answers that late, as a slow mail API would (the benchmark's 5 s). */
  | { kind: 'accept'; delayMs?: number }
  | { kind: 'fail'; status: number; headers?: Record<string, string> }
  | { kind: 'hang' };

export type FakeResend = {
  baseUrl: string;
  /** Every request received, in order, whatever the answer. */
  requests: FakeResendRequest[];
  /** Sends answered with success, per idempotency key: a mail delivered exactly once appears here with 1. */
  accepted: Map<string, number>;
  setMode(mode: FakeResendMode): void;
  close(): Promise<void>;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/**
 * A local stand-in for api.resend.com's POST /emails, on a random port, for tests that run the real SDK.
 * Like Resend, a key that was already accepted answers with the first message id and sends nothing again.
 */
export async function startFakeResend(initial: FakeResendMode = { kind: 'accept' }): Promise<FakeResend> {
  let mode: FakeResendMode = initial;
  const requests: FakeResendRequest[] = [];
  const accepted = new Map<string, number>();
  const idsByKey = new Map<string, string>();

  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const entry: FakeResendRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
    };
    requests.push(entry);
    if (entry.method !== 'POST' || entry.path !== '/emails') {
      return json(response, 404, { name: 'not_found', message: 'Not found', statusCode: 404 });
    }
    if (mode.kind === 'hang') return; // never answers; the client has to give up
    if (mode.kind === 'fail') {
      const name = mode.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error';
      return json(response, mode.status, { name, message: `fake ${mode.status}`, statusCode: mode.status }, mode.headers);
    }
    const delayMs = mode.delayMs ?? 0;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const key = String(request.headers['idempotency-key'] ?? '');
    accepted.set(key, (accepted.get(key) ?? 0) + 1);
    const id = idsByKey.get(key) ?? `fake-${requests.length}`;
    if (key) idsByKey.set(key, id);
    json(response, 200, { id });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    accepted,
    setMode: (next) => {
      mode = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
