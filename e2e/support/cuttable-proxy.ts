import { connect, createServer, type Server, type Socket } from 'node:net';

export type CuttableProxy = {
  /** host:port to put in a connection URL instead of the target's. */
  host: string;
  port: number;
  /** As a stopped server looks from outside: open connections close, new ones are refused. */
  cut(): Promise<void>;
  /** Connections pass again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
};

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * A TCP proxy in front of a server (PostgreSQL) that a test can cut and restore. The fault tests stop the
 * database this way rather than stopping the machine's PostgreSQL cluster, which other tests use at the same time.
 * Cut, the proxy stops listening, so a new connection is refused (ECONNREFUSED) exactly as by a stopped server.
 */
export async function startCuttableProxy(target: { host: string; port: number }): Promise<CuttableProxy> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on('close', () => {
        open.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await listen(server, 0);
  const { port } = server.address() as { port: number };
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  return {
    host: '127.0.0.1',
    port,
    async cut() {
      const closed = stopListening();
      for (const socket of open) socket.destroy();
      await closed;
    },
    async restore() {
      if (!server.listening) await listen(server, port);
    },
    async close() {
      const closed = stopListening();
      for (const socket of open) socket.destroy();
      await closed;
    },
  };
}
