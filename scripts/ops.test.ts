import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, type OpenDatabase, openDatabase } from '@/db';
import { findCompanyForEmail } from '@/db/queries/companies';
import { seedDemoData } from '@/db/seed';
import { createTestDatabase, testDatabaseKinds } from '@/db/testing';

const run = promisify(execFile);

/** `npm run ops -- …` as an operator types it, in a process of its own, with the database named by the environment. */
async function npmRunOps(env: Record<string, string>, ...argv: string[]) {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.PGLITE_DIR;
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'ops', '--', ...argv], { env: { ...inherited, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.each(testDatabaseKinds)('npm run ops in a process of its own, on $label', ({ kind, enabled }) => {
  let env: Record<string, string> = {};
  let folder: string | undefined;
  let open: OpenDatabase | undefined;
  beforeAll(async () => {
    if (!enabled) return;
    if (kind === 'pglite') {
      // A folder, closed again before the command runs: PGlite does not lock it, so two processes must not share it.
      folder = await mkdtemp(path.join(tmpdir(), 'ops-cli-'));
      const setup = await openDatabase({ kind: 'pglite', dataDir: folder });
      await migrateDatabase(setup);
      await seedDemoData(setup.db);
      await setup.close();
      env = { PGLITE_DIR: folder };
    } else {
      open = await createTestDatabase('postgres');
      await seedDemoData(open.db);
      env = { DATABASE_URL: (open.target as { url: string }).url };
    }
  });
  afterAll(async () => {
    await open?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.skipIf(!enabled)('prints what it changed and exits 0; refuses bad input in one line on stderr and exits 1', async () => {
    const added = await npmRunOps(env, 'company', 'add', 'Spawned GmbH', '--domain', 'spawned.de');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^created company "Spawned GmbH" \([0-9a-f-]{36}\)\nadded domain spawned\.de\n$/);
    expect(added.stderr).toBe('');

    const refused = await npmRunOps(env, 'domain', 'add', 'example.org', 'Spawned GmbH');
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'domain example.org belongs to "Muster AG" already (remove it there first)\n' });

    if (kind === 'postgres') expect((await findCompanyForEmail(open!.db, 'a@spawned.de'))?.name).toBe('Spawned GmbH');
    else {
      const after = await openDatabase({ kind: 'pglite', dataDir: folder! });
      expect((await findCompanyForEmail(after.db, 'a@spawned.de'))?.name).toBe('Spawned GmbH');
      await after.close();
    }
  });
});
