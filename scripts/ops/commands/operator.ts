import { cliActor } from '@/lib/operations/actor';
import { setOperatorRole } from '@/lib/operations/people';
import type { Command } from '../context';
import { masked, report } from '../report';

// Only here, never in the console: the first operator is made this way, and no operator can make another.
export const operatorCommands: Record<string, Command> = {
  'operator grant': {
    usage: 'operator grant <address>',
    summary: 'the confirmed profile may use the console (/verwaltung)',
    run: async ({ positionals: [address] }, ctx) =>
      report(await setOperatorRole(await ctx.database(), cliActor, { address: address!, operator: true }, ctx.now()), ctx, (r) =>
        r.changed ? `${masked(address!)} is an operator now` : `${masked(address!)} is an operator already`,
      ),
  },
  'operator revoke': {
    usage: 'operator revoke <address>',
    summary: 'the profile is an ordinary one again',
    run: async ({ positionals: [address] }, ctx) =>
      report(await setOperatorRole(await ctx.database(), cliActor, { address: address!, operator: false }, ctx.now()), ctx, (r) =>
        r.changed ? `${masked(address!)} is no longer an operator` : `${masked(address!)} was not an operator; nothing changed`,
      ),
  },
};
