import { afterAll, beforeAll } from 'vitest';
import type { Database, OpenDatabase } from './index';
import { seedDemoData } from './seed';
import { createTestDatabase, type TestDatabaseKind } from './testing';

/**
 * A fresh database for the tests of one describe block: opened (and seeded with the demo companies unless
 * `seed: false`) before them, closed after them. Nothing is opened when the kind is not enabled.
 * Kept apart from db/testing.ts, which scripts import without vitest.
 */
export function useTestDatabase(kind: TestDatabaseKind, enabled: boolean, options: { seed?: boolean } = {}): { readonly db: Database } {
  let open: OpenDatabase | undefined;
  beforeAll(async () => {
    if (!enabled) return;
    open = await createTestDatabase(kind);
    if (options.seed ?? true) await seedDemoData(open.db);
  });
  afterAll(async () => {
    await open?.close();
  });
  return {
    get db() {
      if (!open) throw new Error('the test database is open only inside its tests');
      return open.db;
    },
  };
}
