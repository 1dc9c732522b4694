import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

/**
 * Only the first characters are scored. zxcvbn's matching grows with the square of the length and its l33t
 * search with the combinations of substitutions: 'aA1!' × 32 took 2.7 s of one core, stalling every request on
 * the server. 32 characters of a passphrase say all there is to say about its strength; a password whose first
 * 32 characters are guessable is refused whatever follows.
 */
export const SCORED_LENGTH = 32;
/** How many l33t substitutions (4 → a, 3 → e, …) are tried: the default of 100 made some inputs cost seconds, 4 still
 * cost 13–16 ms for 'aA1!' × 8; with 2 the worst input of `npm run bench:password-strength` costs ~5 ms (median). */
const L33T_SUBSTITUTIONS = 2;

/**
 * Every list in one: zxcvbn looks each substring up in each of its dictionaries (27 lists here), so one merged
 * list, each word at the best rank any list gives it, costs a fraction. Bucketed by rank rather than sorted.
 */
function mergedWordList(): string[] {
  const lists = [common.dictionary, en.dictionary, de.dictionary].flatMap((dictionary) => Object.values(dictionary)) as string[][];
  const best = new Map<string, number>();
  for (const list of lists) {
    list.forEach((word, rank) => {
      const key = word.toLowerCase();
      const known = best.get(key);
      if (known === undefined || rank < known) best.set(key, rank);
    });
  }
  const byRank: string[][] = [];
  for (const [word, rank] of best) (byRank[rank] ??= []).push(word);
  return byRank.flat();
}

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { words: mergedWordList() },
    graphs: common.adjacencyGraphs,
    l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
    maxLength: SCORED_LENGTH,
  });
  return factory;
}

/** 0 (guessed at once) … 4 (very hard); we accept 3 and up. */
export const MIN_SCORE = 3;

function personalWords(hints: string[]): string[] {
  return hints.flatMap((hint) => [hint, ...hint.split(/[@.\s_-]+/)]).filter((h) => h.length >= 3);
}

function rawScore(password: string, words: string[]): number {
  return zxcvbn().check(password.slice(0, SCORED_LENGTH), words).score;
}

/**
 * How guessable a password is, against common passwords, German and English words and names, keyboard patterns,
 * and the person's own name and address, and still once those are taken out of it (they are known to anyone who
 * targets this account, so they add no secrecy). One rule for the meter in the browser and the check on the
 * server: the meter never calls a password strong that the server refuses.
 */
export function passwordScore(password: string, hints: string[]): number {
  const words = personalWords(hints);
  const score = rawScore(password, words);
  if (score < MIN_SCORE) return score;
  let rest = password.slice(0, SCORED_LENGTH);
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '');
  }
  if (rest === password.slice(0, SCORED_LENGTH)) return score;
  const restScore = rawScore(rest, words);
  return restScore >= MIN_SCORE ? score : restScore;
}

export function isStrongPassword(password: string, hints: string[]): boolean {
  return passwordScore(password, hints) >= MIN_SCORE;
}
