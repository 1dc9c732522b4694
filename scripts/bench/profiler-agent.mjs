/**
 * Loaded into `next start` only by `BENCH_PROFILE=1 npm run bench` (NODE_OPTIONS=--import, see profile.ts): a
 * control socket through which the bench records a CPU profile of one phase at a time, reads the memory
 * breakdown and writes a heap snapshot. Plain JavaScript, so the server runs without a TypeScript loader; nothing
 * of it is part of the app.
 *
 *   POST /cpu/start            starts the sampling profiler
 *   POST /cpu/stop?file=…      stops it and writes the .cpuprofile there
 *   GET  /memory               process.memoryUsage() and V8's heap spaces
 *   POST /heap?file=…          writes a heap snapshot there (blocks the server for seconds; take it last)
 */
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const socketPath = process.env.BENCH_PROFILER_SOCKET;

if (socketPath && isMainThread) {
  const session = new Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

  const handlers = {
    'POST /cpu/start': async () => {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 1000 });
      await post('Profiler.start');
      return { started: true };
    },
    'POST /cpu/stop': async (query) => {
      const { profile } = await post('Profiler.stop');
      writeFileSync(query.get('file'), JSON.stringify(profile));
      return { file: query.get('file') };
    },
    'GET /memory': async () => ({ usage: process.memoryUsage(), heap: getHeapStatistics(), spaces: getHeapSpaceStatistics() }),
    'POST /heap': async (query) => ({ file: writeHeapSnapshot(query.get('file')) }),
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://agent');
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) {
      response.writeHead(404).end();
      return;
    }
    handler(url.searchParams).then(
      (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (error) => response.writeHead(500).end(String(error?.stack ?? error)),
    );
  });
  // A second process inheriting NODE_OPTIONS (a worker Next starts) finds the socket taken and stays silent.
  server.on('error', () => {});
  server.listen(socketPath);
  server.unref();
}
