import { type OpenDatabase, openDatabase } from '@/db';
import { parseEnv } from '@/lib/env';
import { describeError } from '@/lib/log';

/** Scripts work on DATABASE_URL, or on an explicitly named PGlite folder that no running server uses. */
export async function openScriptDatabase(): Promise<OpenDatabase> {
  const env = parseEnv(process.env);
  if (env.databaseUrl) {
    return openDatabase({ kind: 'postgres', url: env.databaseUrl, poolMax: 1, prepare: env.DATABASE_PREPARE === 'true' });
  }
  if (env.PGLITE_DIR) return openDatabase({ kind: 'pglite', dataDir: env.PGLITE_DIR });
  throw new Error(
    'Set DATABASE_URL (a PostgreSQL server) or PGLITE_DIR (an embedded folder no server is using). ' +
      'The embedded default database of `npm run dev` migrates and seeds itself.',
  );
}

export async function runScript(name: string, body: (open: OpenDatabase) => Promise<string>): Promise<void> {
  let open: OpenDatabase | undefined;
  try {
    open = await openScriptDatabase();
    console.log(`${name}: ${await body(open)}`);
  } catch (error) {
    console.error(`${name} failed: ${describeError(error)}`);
    process.exitCode = 1;
  } finally {
    await open?.close();
  }
}
