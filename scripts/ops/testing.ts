import type { Database } from '@/db';
import { runOps } from './cli';

export type OpsRun = { code: number; out: string[]; err: string[] };

/** Runs `npm run ops -- …argv` in-process on the given database, capturing what it prints and its exit code. */
export function opsRunner(db: () => Database, options: { files?: Record<string, string>; now?: () => Date } = {}) {
  return async (...argv: string[]): Promise<OpsRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runOps(argv, {
      database: async () => db(),
      readFile: async (path) => {
        const text = options.files?.[path];
        if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
        return text;
      },
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      now: options.now ?? (() => new Date()),
    });
    return { code, out, err };
  };
}
