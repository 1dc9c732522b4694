import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** ICU arguments and tags, e.g. {name} and <email>, which both languages must use alike. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();

describe('translations', () => {
  const german = flatten(de);
  const english = flatten(en);

  it('every German text has an English one and vice versa', () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort());
  });

  it('both languages use the same placeholders in every text', () => {
    for (const [key, text] of german) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('no text is empty', () => {
    for (const [key, text] of [...german, ...english]) expect(text.trim(), key).not.toBe('');
  });
});
