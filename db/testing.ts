import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type DatabaseTarget, migrateDatabase, type OpenDatabase, openDatabase } from './index';

export type TestDatabaseKind = 'pglite' | 'postgres';

export const postgresTestUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** The kinds the database tests run on: PGlite always, the PostgreSQL server when TEST_DATABASE_URL is set. */
export const testDatabaseKinds: { kind: TestDatabaseKind; enabled: boolean; label: string }[] = [
  { kind: 'pglite', enabled: true, label: 'PGlite (embedded)' },
  {
    kind: 'postgres',
    enabled: Boolean(postgresTestUrl),
    label: postgresTestUrl ? 'PostgreSQL server' : 'PostgreSQL server (skipped: TEST_DATABASE_URL not set)',
  },
];

/**
 * A fresh, fully migrated database: in-memory PGlite, or a new database on the server that is dropped again on
 * close. Refuses any server that is not on this machine, so a test run can never touch a real database.
 */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<OpenDatabase> {
  if (kind === 'pglite') {
    // The vitest run migrates one PGlite database first and hands its dump over (db/pglite-template.ts): starting
    // from it skips initdb and every migration. migrateDatabase still runs, and finds nothing left to do.
    const template = process.env.PGLITE_TEST_TEMPLATE;
    const loadDataDir = template ? new Blob([await readFile(template)]) : undefined;
    const open = await openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir });
    await migrateDatabase(open);
    return open;
  }
  if (!postgresTestUrl) throw new Error('TEST_DATABASE_URL is not set');
  const adminUrl = new URL(postgresTestUrl);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(adminUrl.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at this machine, not ${adminUrl.hostname}`);
  }
  const name = `mein_ias_test_${randomBytes(6).toString('hex')}`;
  const { default: postgres } = await import('postgres');
  const admin = postgres(postgresTestUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(postgresTestUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: 'postgres', url: url.toString(), poolMax: 4 };
  const open = await openDatabase(target);
  await migrateDatabase(open);
  return {
    ...open,
    close: async () => {
      await open.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
