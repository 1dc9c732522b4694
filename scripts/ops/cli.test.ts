import { describe, expect, it } from 'vitest';
import type { Database } from '@/db';
import { commands } from './cli';
import { opsRunner } from './testing';

// Usage errors never reach the database: this one throws if a command tried to open it.
const run = opsRunner((): Database => {
  throw new Error('no database in this test');
});

describe('the ops command line', () => {
  it('without a command prints the usage and exits 2; with help, 0', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.out.join('\n')).toContain('company add <name> [--domain <domain>]…');
    const help = await run('help');
    expect(help.code).toBe(0);
    expect(help.out.length).toBe(Object.keys(commands).length + 1);
  });

  it('an unknown command is one line and exit 2', async () => {
    expect(await run('company', 'frobnicate')).toEqual({ code: 2, out: [], err: ['unknown command "company frobnicate" (npm run ops -- help lists them)'] });
  });

  it('too few or too many arguments, or an unknown option, show the usage in one line', async () => {
    for (const argv of [['domain', 'add', 'a.de'], ['domain', 'add', 'a.de', 'X', 'Y'], ['company', 'list', '--all'], ['user', 'find']]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toHaveLength(1);
      expect(result.err[0]).toContain('usage: npm run ops -- ');
    }
  });

  it('a database that cannot be opened is one line and exit 1', async () => {
    const result = await run('company', 'list');
    expect(result).toEqual({ code: 1, out: [], err: ['ops company list failed: no database in this test'] });
  });
});
