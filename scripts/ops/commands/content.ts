import { listContentItems } from '@/db/queries/content-admin';
import { cliActor } from '@/lib/operations/actor';
import { importContent, setContentUnlocked } from '@/lib/operations/content';
import { describeError } from '@/lib/log';
import { type Command, EXIT } from '../context';
import { report, table } from '../report';

const unpublishedNote = ' (not published: nobody sees it until it is imported with "published: true")';

export const contentCommands: Record<string, Command> = {
  'content import': {
    usage: 'content import <file.md>',
    summary: 'writes a content item from a file by its slug (format: README, docs/content-example.md)',
    run: async ({ positionals: [file] }, ctx) => {
      let source: string;
      try {
        source = await ctx.readFile(file!);
      } catch (error) {
        ctx.err(`cannot read ${file}: ${describeError(error)}`);
        return EXIT.refused;
      }
      return report(await importContent(await ctx.database(), cliActor, source), ctx, (r) => {
        const state = r.published ? 'published' : 'not published';
        if (r.outcome === 'unchanged') return `content "${r.slug}" is up to date already (${state})`;
        if (r.outcome === 'updated') return `updated content "${r.slug}" (${state})`;
        return `created content "${r.slug}" (${state}); unlock it with: npm run ops -- content unlock ${r.slug} <company>`;
      });
    },
  },
  'content list': {
    usage: 'content list',
    summary: 'every content item, whether it is published, and the companies it is unlocked for',
    run: async (_args, ctx) => {
      const items = await listContentItems(await ctx.database());
      const cells = items.map((i) => [i.slug, i.audience, i.published ? 'yes' : 'no', i.unlockedFor.join(', ') || '-', i.title]);
      for (const line of table(['slug', 'audience', 'published', 'unlocked for', 'title (de)'], cells)) ctx.out(line);
      return EXIT.ok;
    },
  },
  'content unlock': {
    usage: 'content unlock <slug> <company>',
    summary: "the company's people (of the item's audience) see the item",
    run: async ({ positionals: [slug, company] }, ctx) =>
      report(await setContentUnlocked(await ctx.database(), cliActor, { slug: slug!, company: company!, unlocked: true }), ctx, (r) =>
        (r.changed ? `unlocked "${r.slug}" for "${r.company.name}"` : `"${r.slug}" is unlocked for "${r.company.name}" already`) +
        (r.published ? '' : unpublishedNote),
      ),
  },
  'content lock': {
    usage: 'content lock <slug> <company>',
    summary: "the company's people no longer see the item",
    run: async ({ positionals: [slug, company] }, ctx) =>
      report(await setContentUnlocked(await ctx.database(), cliActor, { slug: slug!, company: company!, unlocked: false }), ctx, (r) =>
        r.changed ? `locked "${r.slug}" for "${r.company.name}"` : `"${r.slug}" is not unlocked for "${r.company.name}"; nothing changed`,
      ),
  },
};
