import { addCompany, listCompanies, renameCompany, setCompanyActivity } from '@/lib/operations/companies';
import { cliActor } from '@/lib/operations/actor';
import { type Command, EXIT } from '../context';
import { report, table } from '../report';

export const companyCommands: Record<string, Command> = {
  'company add': {
    usage: 'company add <name> [--domain <domain>]…',
    summary: 'a customer company, with the e-mail domains its people register with (idempotent)',
    options: { domain: { type: 'string', multiple: true } },
    run: async ({ positionals: [name], values }, ctx) =>
      report(await addCompany(await ctx.database(), cliActor, { name: name!, domains: (values.domain as string[] | undefined) ?? [] }, ctx.now()), ctx, (r) => [
        r.created ? `created company "${r.company.name}" (${r.company.id})` : `company "${r.company.name}" exists already (${r.company.id})`,
        ...r.domainsAdded.map((d) => `added domain ${d}`),
        ...r.domainsKept.map((d) => `domain ${d} belongs to it already`),
      ]),
  },
  'company list': {
    usage: 'company list',
    summary: 'every company with its domains and how many people it has',
    run: async (_args, ctx) => {
      const rows = await listCompanies(await ctx.database(), ctx.now());
      const cells = rows.map((c) => [
        c.name,
        c.active ? 'yes' : 'no',
        c.domains.join(', ') || '-',
        String(c.profiles),
        String(c.confirmed),
        String(c.pending),
        String(c.recentProfiles),
        c.id,
      ]);
      for (const line of table(['name', 'active', 'domains', 'profiles', 'confirmed', 'pending', 'new (30 days)', 'id'], cells)) ctx.out(line);
      return EXIT.ok;
    },
  },
  'company rename': {
    usage: 'company rename <company> <new name>',
    summary: 'a new name (the company is named by its name or id)',
    run: async ({ positionals: [company, name] }, ctx) =>
      report(await renameCompany(await ctx.database(), cliActor, { company: company!, name: name! }), ctx, (r) =>
        r.changed ? `renamed company ${r.company.id} to "${r.company.name}"` : `company "${r.company.name}" has that name already`,
      ),
  },
  'company deactivate': {
    usage: 'company deactivate <company>',
    summary: 'its people can no longer sign in or register, their sessions end; the data stays',
    run: async ({ positionals: [company] }, ctx) =>
      report(await setCompanyActivity(await ctx.database(), cliActor, { company: company!, active: false }), ctx, (r) =>
        r.changed
          ? `deactivated "${r.company.name}": its people can no longer sign in or register; ended ${r.sessionsEnded} session(s)`
          : `"${r.company.name}" is deactivated already`,
      ),
  },
  'company activate': {
    usage: 'company activate <company>',
    summary: 'its people can sign in and register again',
    run: async ({ positionals: [company] }, ctx) =>
      report(await setCompanyActivity(await ctx.database(), cliActor, { company: company!, active: true }), ctx, (r) =>
        r.changed ? `activated "${r.company.name}"` : `"${r.company.name}" is active already`,
      ),
  },
};
