/**
 * `npm run ops -- <noun> <verb> …`: the operators' command line (README, "Operators"; `npm run ops -- help`).
 * Works on DATABASE_URL, or on a PGLITE_DIR no server is using (see scripts/database-from-env.ts).
 */
import { readFile } from 'node:fs/promises';
import type { OpenDatabase } from '@/db';
import { runOps } from './ops/cli';
import { openScriptDatabase } from './database-from-env';

let open: Promise<OpenDatabase> | undefined;
process.exitCode = await runOps(process.argv.slice(2), {
  database: async () => (await (open ??= openScriptDatabase())).db,
  readFile: (path) => readFile(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  now: () => new Date(),
});
await (await open?.catch(() => undefined))?.close();
