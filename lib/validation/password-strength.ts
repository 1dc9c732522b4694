import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  // The German package names its lists like the English one does; suffix them so neither replaces the other.
  const german = Object.fromEntries(Object.entries(de.dictionary).map(([name, words]) => [`${name}-de`, words]));
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...german },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** 0 (guessed at once) … 4 (very hard); we accept 3 and up. */
export const MIN_SCORE = 3;

/**
 * How guessable a password is, against common passwords, German and English words and names, keyboard patterns,
 * and the person's own name and address (a password built from them is weak, however long).
 */
export function passwordScore(password: string, hints: string[]): number {
  return zxcvbn().check(password, personalWords(hints)).score;
}

function personalWords(hints: string[]): string[] {
  return hints.flatMap((hint) => [hint, ...hint.split(/[@.\s_-]+/)]).filter((h) => h.length >= 3);
}

/**
 * Strong enough on its own, and still strong once the person's name and address are taken out of it: those
 * parts are known to anyone who targets this account, so they add no secrecy.
 */
export function isStrongPassword(password: string, hints: string[]): boolean {
  if (passwordScore(password, hints) < MIN_SCORE) return false;
  let rest = password;
  for (const word of personalWords(hints).sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '');
  }
  return rest === password || passwordScore(rest, hints) >= MIN_SCORE;
}
