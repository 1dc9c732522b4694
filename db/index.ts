import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Queries take either the database or an open transaction, so callers decide what runs atomically. */
export type Executor = Database | Transaction;

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolMax?: number; prepare?: boolean }
  /** `loadDataDir`: start from a dump of another PGlite database (the test suite's migrated template). */
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob };

export type OpenDatabase = { db: Database; target: DatabaseTarget; close: () => Promise<void> };

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(target.url, {
      max: target.poolMax ?? 5,
      // Transaction poolers (PgBouncer, Supavisor, Neon's pooler) cannot keep prepared statements.
      prepare: target.prepare ?? true,
      idle_timeout: 20,
      connect_timeout: 10,
      // After a failed connection postgres.js waits before the next one, by default 3^n/100 s for the pool's n-th
      // failure in a row, up to 20 s: a few seconds of outage under load made every request wait that long before
      // failing, and the pool as long again to notice the database was back (e2e/faults.spec.ts). At most 1 s
      // keeps both short; with a pool of a few connections a down server still sees only a few attempts a second.
      backoff: (failures: number) => Math.min(0.05 * 2 ** failures, 1),
      onnotice: () => {},
    });
    const db = drizzle({ client, schema }) as unknown as Database;
    return { db, target, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  if (!target.dataDir.includes('://')) await mkdir(target.dataDir, { recursive: true });
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create(target.dataDir, target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  const db = drizzle({ client, schema }) as unknown as Database;
  return { db, target, close: () => client.close() };
}

export async function migrateDatabase(open: OpenDatabase): Promise<void> {
  if (open.target.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(open.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(open.db as never, { migrationsFolder });
  }
}

/** The embedded folder: each kind of process gets its own, because PGlite does not lock its data folder. */
export function defaultPgliteDir(nodeEnv: string | undefined): string {
  return path.join(process.cwd(), '.data', nodeEnv === 'production' ? 'pglite-start' : 'pglite-dev');
}
