import http from 'node:http';
import https from 'node:https';

/**
 * Appends the TCP peer's address to X-Forwarded-For, so the chain always ends with an entry no client wrote.
 * Next's server sets the peer only when the header is missing (`??=`), which leaves a forged header untouched.
 */
export function appendPeerAddress(request: http.IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers['x-forwarded-for'];
  const chain = Array.isArray(sent) ? sent.join(', ') : sent;
  request.headers['x-forwarded-for'] = chain ? `${chain}, ${peer}` : peer;
}

const INSTALLED = Symbol.for('mein-ias.peer-address');

/**
 * Hooks every HTTP(S) server of this process (the one `next start` made included) so each request passes
 * through appendPeerAddress before Next sees it. Installed once at start-up, by instrumentation.ts.
 */
export function recordPeerAddresses(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean } & Record<symbol, boolean>;
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === 'request') appendPeerAddress(args[0] as http.IncomingMessage);
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
