import { maskEmail } from '@/lib/log';
import type { OpsResult } from '@/lib/operations/result';
import type { OpsContext } from './context';
import { EXIT } from './context';
import { describeRefusal } from './describe-refusal';

/** Prints what the action changed, or its refusal as one line on stderr; returns the exit code. */
export function report<T>(result: OpsResult<T>, ctx: OpsContext, describe: (done: T) => string | string[]): number {
  if (!result.ok) {
    ctx.err(describeRefusal(result));
    return EXIT.refused;
  }
  const lines = describe(result);
  for (const line of Array.isArray(lines) ? lines : [lines]) ctx.out(line);
  return EXIT.ok;
}

/** A table with columns as wide as their widest cell. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

export const isoOrNever = (date: Date | null | undefined) => (date ? date.toISOString() : 'never');

/** An address as the command line prints it: masked (m***@example.com), since what it prints may end up in a log. */
export const masked = (address: string) => maskEmail(address.trim().toLowerCase());
