import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from './content-file';

const file = (frontMatter: string, body = '<!-- de -->\nHallo.\n\n<!-- en -->\nHello.\n') => `---\n${frontMatter}\n---\n${body}`;
const complete = [
  'slug: hitzeschutz',
  'audience: everyone',
  'published: true',
  'title.de: Hitzeschutz: was hilft',
  'title.en: Heat protection',
  'summary.de: Kurz',
  'summary.en: Short',
].join('\n');
const reason = (source: string) => {
  const parsed = parseContentFile(source);
  return parsed.ok ? 'ok' : parsed.reason;
};

describe('the content file format', () => {
  it('reads the documented example', () => {
    const parsed = parseContentFile(readFileSync('docs/content-example.md', 'utf8'));
    expect(parsed.ok && parsed.item).toMatchObject({
      slug: 'hitzeschutz-im-sommer',
      audience: 'everyone',
      published: false,
      de: { title: 'Hitzeschutz im Sommer' },
      en: { title: 'Heat protection in summer' },
    });
    expect(parsed.ok && parsed.item.de.body).toMatch(/^## Trinken Sie regelmäßig\n\nMindestens \*\*1,5 Liter\*\*/);
    expect(parsed.ok && parsed.item.en.body).toMatch(/- Take short breaks in the shade\.$/);
  });

  it('keeps a colon in a value, drops YAML-style quotes, and accepts Windows line ends and a BOM', () => {
    const parsed = parseContentFile(`\uFEFF${file(complete.replace('summary.en: Short', 'summary.en: "  Short: yes "')).replaceAll('\n', '\r\n')}`);
    expect(parsed).toEqual({
      ok: true,
      item: {
        slug: 'hitzeschutz',
        audience: 'everyone',
        published: true,
        de: { title: 'Hitzeschutz: was hilft', summary: 'Kurz', body: 'Hallo.' },
        en: { title: 'Heat protection', summary: 'Short: yes', body: 'Hello.' },
      },
    });
  });

  it('names what is wrong, in one line', () => {
    expect(reason('slug: x')).toBe('line 1: the file must begin with a line "---" (the front matter)');
    expect(reason('---\nslug: x\n')).toBe('the front matter has no closing line "---"');
    expect(reason(file(`${complete}\ncolour: red`))).toBe(
      'line 9: unknown key "colour" (known: slug, audience, published, title.de, title.en, summary.de, summary.en)',
    );
    expect(reason(file(`${complete}\nslug: y`))).toBe('line 9: "slug" is given twice');
    expect(reason(file(`${complete}\njust text`))).toBe('line 9: expected "key: value"');
    expect(reason(file(complete.replace('slug: hitzeschutz', 'slug: Hitze Schutz')))).toMatch(/^"slug": a slug is lowercase/);
    expect(reason(file(complete.replace('audience: everyone', 'audience: all')))).toBe('"audience": must be one of everyone, office, non_office, leaders');
    expect(reason(file(complete.replace('published: true', 'published: yes')))).toBe('"published": must be true or false');
    expect(reason(file(complete.replace('title.en: Heat protection\n', '')))).toBe('"title.en": missing');
    expect(reason(file(complete.replace('summary.de: Kurz', 'summary.de: ""')))).toBe('"summary.de": is empty');
    expect(reason(file(complete, '<!-- de -->\nHallo.\n'))).toBe('the "<!-- en -->" section: missing');
    expect(reason(file(complete, '<!-- de -->\nHallo.\n<!-- en -->\n\n'))).toBe('the "<!-- en -->" section: is empty');
    expect(reason(file(complete, 'Vorweg.\n<!-- de -->\nHallo.\n<!-- en -->\nHello.'))).toBe(
      'line 10: text before the first "<!-- de -->" or "<!-- en -->" line',
    );
    expect(reason(file(complete, '<!-- de -->\nA\n<!-- en -->\nB\n<!-- de -->\nC'))).toBe('line 14: a second "<!-- de -->" section');
  });
});
