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

type Dictionaries = { dictionary: Record<string, unknown> }[];

/**
 * Every list in one: zxcvbn looks each substring up in each of its dictionaries (27 lists here), so one merged
 * list, each word at the best rank any list gives it, costs a fraction. Bucketed by rank rather than sorted.
 */
function mergedWordList(languages: Dictionaries): string[] {
  const lists = languages.flatMap(({ dictionary }) => Object.values(dictionary)) as string[][];
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

type Check = (password: string, userInputs: string[]) => number;

/** The dictionaries, loaded (only now: the modules hold ~15 MB of words) and merged into one zxcvbn. */
async function buildCheck(): Promise<Check> {
  const [{ ZxcvbnFactory }, common, de, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-de'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const factory = new ZxcvbnFactory({
    dictionary: { words: mergedWordList([common, en, de]) },
    graphs: common.adjacencyGraphs,
    l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
    maxLength: SCORED_LENGTH,
  });
  return (password, userInputs) => factory.check(password.slice(0, SCORED_LENGTH), userInputs).score;
}

type Holder = { check?: Promise<Check> };
/**
 * One per process. Next bundles server code into several module graphs (the start-up warm-up in
 * instrumentation.ts runs in another than the actions), and each graph held its own ~30 MB copy in the heap
 * snapshot, the warm-up warming the one no request used.
 */
const holder: Holder = ((globalThis as { __meinIasPasswordCheck?: Holder }).__meinIasPasswordCheck ??= {});

function loadCheck(): Promise<Check> {
  holder.check ??= buildCheck().catch((error: unknown) => {
    holder.check = undefined;
    throw error;
  });
  return holder.check;
}

/** 0 (guessed at once) … 4 (very hard); we accept 3 and up. */
export const MIN_SCORE = 3;

function personalWords(hints: string[]): string[] {
  return hints.flatMap((hint) => [hint, ...hint.split(/[@.\s_-]+/)]).filter((h) => h.length >= 3);
}

/** The score of a password, once the dictionaries are loaded (`loadPasswordScore`). */
export type PasswordScore = (password: string, hints: string[]) => number;

/**
 * How guessable a password is, against common passwords, German and English words and names, keyboard patterns,
 * and the person's own name and address, and still once those are taken out of it (they are known to anyone who
 * targets this account, so they add no secrecy). One rule for the meter in the browser and the check on the
 * server: the meter never calls a password strong that the server refuses. Loads the dictionaries on first use.
 */
export async function loadPasswordScore(): Promise<PasswordScore> {
  const rawScore = await loadCheck();
  return (password, hints) => {
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
  };
}

export async function isStrongPassword(password: string, hints: string[]): Promise<boolean> {
  return (await loadPasswordScore())(password, hints) >= MIN_SCORE;
}
