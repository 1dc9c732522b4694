import { cliActor } from '@/lib/operations/actor';
import { addDomain, removeDomain } from '@/lib/operations/domains';
import type { Command } from '../context';
import { report } from '../report';

export const domainCommands: Record<string, Command> = {
  'domain add': {
    usage: 'domain add <domain> <company>',
    summary: 'addresses at the domain and its subdomains may register for the company',
    run: async ({ positionals: [domain, company] }, ctx) =>
      report(await addDomain(await ctx.database(), cliActor, { domain: domain!, company: company! }), ctx, (r) =>
        r.changed ? `added domain ${r.domain} to "${r.company.name}"` : `domain ${r.domain} belongs to "${r.company.name}" already`,
      ),
  },
  'domain remove': {
    usage: 'domain remove <domain>',
    summary: 'no new registrations from the domain (profiles made before stay)',
    run: async ({ positionals: [domain] }, ctx) =>
      report(await removeDomain(await ctx.database(), cliActor, { domain: domain! }), ctx, (r) =>
        r.company ? `removed domain ${r.domain} from "${r.company.name}"` : `no company owns domain ${r.domain}; nothing changed`,
      ),
  },
};
