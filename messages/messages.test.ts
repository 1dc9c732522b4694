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

/**
 * ICU arguments (`{name}`, `{count, plural, …}`, `{value, select, …}`, also those inside branches) and rich-text
 * tags such as <email>, which both languages must use alike; the words inside a branch (`one {ein Jahr}`) are text.
 */
function placeholders(text: string): string[] {
  const found: string[] = [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]!);
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const word = () => {
    const start = i;
    while (/[\w=#-]/.test(text[i] ?? '')) i++;
    return text.slice(start, i);
  };
  // A message up to the `}` that closes its branch (or the end): text with arguments in braces.
  const message = (): void => {
    while (i < text.length && text[i] !== '}') {
      if (text[i] === "'") i = text.indexOf("'", i + 1) + 1 || text.length;
      else if (text[i] === '{') argument();
      else i++;
    }
  };
  const argument = (): void => {
    i++; // {
    skipSpace();
    found.push(word());
    skipSpace();
    if (text[i] === ',') {
      i++;
      skipSpace();
      const type = word();
      skipSpace();
      if (['plural', 'select', 'selectordinal'].includes(type) && text[i] === ',') {
        i++;
        for (skipSpace(); i < text.length && text[i] !== '}'; skipSpace()) {
          word(); // the selector: one, other, =0, a select key
          skipSpace();
          if (text[i] !== '{') break;
          i++;
          message();
          i++; // } of the branch
        }
      } else {
        while (i < text.length && text[i] !== '}') i++; // {n, number, …}
      }
    }
    i++; // } of the argument
  };
  message();
  return found.sort();
}

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
