import type { Database } from '@/db';

/** What a command works with: injected, so tests run commands on their own database and read what they print. */
export type OpsContext = {
  /** Opened on first use, so a usage error needs no database. */
  database(): Promise<Database>;
  readFile(path: string): Promise<string>;
  out(line: string): void;
  err(line: string): void;
  now(): Date;
};

export type ParsedArgs = { positionals: string[]; values: Record<string, string | boolean | (string | boolean)[] | undefined> };

export type Command = {
  /** After `npm run ops --`, e.g. `domain add <domain> <company>`; the <…> words are the positionals required. */
  usage: string;
  summary: string;
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  run(args: ParsedArgs, ctx: OpsContext): Promise<number>;
};

/** Exit codes: done (changed or already so), refused (bad or unknown input), usage (no such command, wrong arguments). */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;
