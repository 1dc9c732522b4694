import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { migrateDatabase, openDatabase } from './index';

/**
 * vitest's global setup: migrates one in-memory PGlite database and leaves its dump in a file named by
 * PGLITE_TEST_TEMPLATE, which createTestDatabase('pglite') starts from. A fresh PGlite database took ~3 s of
 * initdb and ~4 s of migrations on the 2-core runner, for each of the suite's ~40 databases.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'mein-ias-pglite-template-'));
  const open = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await migrateDatabase(open);
  const client = (open.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  await open.close();
  const file = path.join(folder, 'migrated.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env.PGLITE_TEST_TEMPLATE = file;
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
