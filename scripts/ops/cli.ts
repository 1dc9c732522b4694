import { parseArgs } from 'node:util';
import { describeError } from '@/lib/log';
import { companyCommands } from './commands/company';
import { contentCommands } from './commands/content';
import { domainCommands } from './commands/domain';
import { operatorCommands } from './commands/operator';
import { userCommands } from './commands/user';
import { type Command, EXIT, type OpsContext } from './context';

export const commands: Record<string, Command> = {
  ...companyCommands,
  ...domainCommands,
  ...contentCommands,
  ...userCommands,
  ...operatorCommands,
};

function usage(ctx: OpsContext): void {
  ctx.out('usage: npm run ops -- <command>   (exit 0 done, 1 refused, 2 usage; companies by name or id)');
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length));
  for (const command of Object.values(commands)) ctx.out(`  ${command.usage.padEnd(width)}  ${command.summary}`);
}

/** The <…> words of a usage line: the positionals the command requires, no more and no fewer. */
const requiredPositionals = (command: Command) => command.usage.replace(/\[[^\]]*\]/g, '').match(/<[^>]+>/g)?.length ?? 0;

/**
 * `npm run ops -- <noun> <verb> …`: finds the command, checks its arguments with Node's parseArgs and runs it.
 * Anything wrong is one line on stderr and a non-zero exit code; unexpected failures too (without the data).
 */
export async function runOps(argv: string[], ctx: OpsContext): Promise<number> {
  const [noun, verb, ...rest] = argv;
  if (!noun || ['help', '--help', '-h'].includes(noun)) {
    usage(ctx);
    return noun ? EXIT.ok : EXIT.usage;
  }
  const name = `${noun} ${verb ?? ''}`.trim();
  const command = commands[name];
  if (!command) {
    ctx.err(`unknown command "${name}" (npm run ops -- help lists them)`);
    return EXIT.usage;
  }
  let args;
  try {
    args = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
  } catch (error) {
    ctx.err(`${describeError(error)}; usage: npm run ops -- ${command.usage}`);
    return EXIT.usage;
  }
  if (args.positionals.length !== requiredPositionals(command)) {
    ctx.err(`usage: npm run ops -- ${command.usage}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, ctx);
  } catch (error) {
    ctx.err(`ops ${name} failed: ${describeError(error)}`);
    return EXIT.refused;
  }
}
