import { z } from 'zod';
import type { ContentItemInput } from '@/db/queries/content-admin';
import { audienceEnum } from '@/db/schema';
import { slug } from '@/lib/validation/operations';

/**
 * The file `npm run ops -- content import <file.md>` reads (README "Operators", example in
 * docs/content-example.md): a front matter of `key: value` lines between two `---` lines, then the German and
 * the English body, each after a line `<!-- de -->` or `<!-- en -->` (an HTML comment, so the file previews as
 * plain Markdown). Deliberately not YAML: seven flat keys need no library, and YAML's surprises (`no` read as
 * false, a colon in a title) cannot happen here. A value may be wrapped in double quotes, as YAML allows; they are dropped.
 */
export const contentFileKeys = ['slug', 'audience', 'published', 'title.de', 'title.en', 'summary.de', 'summary.en'] as const;

const text = (max: number) => z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);

const fileSchema = z.object({
  slug,
  audience: z.enum(audienceEnum.enumValues, `must be one of ${audienceEnum.enumValues.join(', ')}`),
  published: z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true'),
  'title.de': text(200),
  'title.en': text(200),
  'summary.de': text(500),
  'summary.en': text(500),
  'body.de': text(100_000),
  'body.en': text(100_000),
});

export type ParsedContentFile = { ok: true; item: ContentItemInput } | { ok: false; reason: string };

const SECTION = /^<!--\s*(de|en)\s*-->$/;

export function parseContentFile(source: string): ParsedContentFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { ok: false, reason: 'line 1: the file must begin with a line "---" (the front matter)' };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return { ok: false, reason: 'the front matter has no closing line "---"' };

  const fields: Record<string, string> = {};
  for (let i = 1; i < end; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const key = colon < 0 ? line : line.slice(0, colon).trim();
    if (colon < 0) return { ok: false, reason: `line ${i + 1}: expected "key: value"` };
    if (!(contentFileKeys as readonly string[]).includes(key)) {
      return { ok: false, reason: `line ${i + 1}: unknown key "${key}" (known: ${contentFileKeys.join(', ')})` };
    }
    if (key in fields) return { ok: false, reason: `line ${i + 1}: "${key}" is given twice` };
    const value = line.slice(colon + 1).trim();
    fields[key] = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }

  let section: string | undefined;
  const bodies: Record<string, string[]> = {};
  for (let i = end + 1; i < lines.length; i++) {
    const marker = SECTION.exec(lines[i]!.trim());
    if (marker) {
      section = `body.${marker[1]}`;
      if (section in bodies) return { ok: false, reason: `line ${i + 1}: a second "<!-- ${marker[1]} -->" section` };
      bodies[section] = [];
    } else if (section) bodies[section]!.push(lines[i]!);
    else if (lines[i]!.trim() !== '') return { ok: false, reason: `line ${i + 1}: text before the first "<!-- de -->" or "<!-- en -->" line` };
  }
  for (const [key, body] of Object.entries(bodies)) fields[key] = body.join('\n').trim();

  const parsed = fileSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const where = field.startsWith('body.') ? `the "<!-- ${field.slice(5)} -->" section` : `"${field}"`;
    return { ok: false, reason: `${where}: ${issue.code === 'invalid_type' ? 'missing' : issue.message}` };
  }
  const f = parsed.data;
  return {
    ok: true,
    item: {
      slug: f.slug,
      audience: f.audience,
      published: f.published,
      de: { title: f['title.de'], summary: f['summary.de'], body: f['body.de'] },
      en: { title: f['title.en'], summary: f['summary.en'], body: f['body.en'] },
    },
  };
}
