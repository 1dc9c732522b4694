import { type Database, defaultPgliteDir, migrateDatabase, type OpenDatabase, openDatabase } from '@/db';
import { seedDemoData } from '@/db/seed';
import { env } from '@/lib/env';

type Holder = { promise?: Promise<OpenDatabase> };
// Next bundles server code into several module graphs; one process must still open the folder only once.
const holder: Holder = ((globalThis as { __meinIasDatabase?: Holder }).__meinIasDatabase ??= {});

/**
 * The application's database, configured from the environment (db/ itself knows nothing of it). With
 * DATABASE_URL: that PostgreSQL server (migrated by `npm run db:migrate`). Without: PGlite in a local folder,
 * migrated and seeded with the demo companies when the server starts (instrumentation.ts) or first needs it.
 */
export function getDatabase(): Promise<Database> {
  holder.promise ??= (async () => {
    const config = env();
    if (config.databaseUrl) {
      return openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        poolMax: config.DATABASE_POOL_MAX,
        prepare: config.DATABASE_PREPARE === 'true',
      });
    }
    const open = await openDatabase({ kind: 'pglite', dataDir: config.PGLITE_DIR ?? defaultPgliteDir(config.NODE_ENV) });
    await migrateDatabase(open);
    await seedDemoData(open.db);
    if (config.e2eOperator) {
      const { seedE2eOperator } = await import('@/lib/auth/e2e-operator');
      await seedE2eOperator(open.db, config.e2eOperator);
    }
    return open;
  })().catch((error: unknown) => {
    holder.promise = undefined;
    throw error;
  });
  return holder.promise.then((open) => open.db);
}
