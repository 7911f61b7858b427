import type { Token } from './tokens.js';

/** Words shorter than this are never corrected: one letter off, too many short words are each other ('batch', 'match'). */
const MIN_LENGTH = 6;

/** The reader's words of at least {@link MIN_LENGTH} letters, and each with one letter deleted, for lookups by deletion. */
export interface SpellingDictionary {
  words: ReadonlySet<string>;
  byDeletion: ReadonlyMap<string, readonly string[]>;
  /** The longest word's length: a longer token by more than one letter is never one of them. */
  longest: number;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < word.length; at += 1) out.push(word.slice(0, at) + word.slice(at + 1));
  return out;
}

/**
 * A dictionary of the words the reader looks for, to correct misspellings against.
 *
 * @example
 * spellingDictionary(['dashboard', 'minutes']).words.has('dashboard'); // true
 */
export function spellingDictionary(words: Iterable<string>): SpellingDictionary {
  const kept = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < MIN_LENGTH || !/^\p{Ll}+$/u.test(word) || kept.has(word)) continue;
    kept.add(word);
    for (const deleted of deletions(word)) {
      const list = byDeletion.get(deleted) ?? [];
      if (!list.includes(word)) list.push(word);
      byDeletion.set(deleted, list);
    }
  }
  return { words: kept, byDeletion, longest: Math.max(0, ...[...kept].map((word) => word.length)) };
}

/** One edit apart: a letter added, dropped or changed, or two neighbours swapped ('dashbaord'). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The one word of the dictionary a misspelling stands for, or undefined when none or several do. */
function correctionOf(word: string, dictionary: SpellingDictionary): string | undefined {
  const candidates = new Set<string>(dictionary.byDeletion.get(word) ?? []);
  for (const deleted of deletions(word)) {
    if (dictionary.words.has(deleted)) candidates.add(deleted);
    for (const candidate of dictionary.byDeletion.get(deleted) ?? []) candidates.add(candidate);
  }
  // Typos seldom touch the first letter; a word that ends alike is the likelier ('minuts' → 'minutes', not 'minute').
  const close = [...candidates].filter((candidate) => candidate[0] === word[0] && oneEditApart(word, candidate));
  const ending = close.filter((candidate) => candidate.at(-1) === word.at(-1));
  const chosen = ending.length > 0 ? ending : close;
  return chosen.length === 1 ? chosen[0] : undefined;
}

/** The words a regular inflection could come from: 'scoping' → 'scop', 'scope'; 'snapshotted' → 'snapshot'; 'copies' → 'copy'. */
function basesOf(word: string): string[] {
  const bases: string[] = [];
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    bases.push(stem);
    if (suffix === 'ing' || suffix === 'ed') bases.push(`${stem}e`);
    if (suffix !== 's' && stem.length > 2 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
    if ((suffix === 'ed' || suffix === 'es') && stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  }
  return bases;
}

/**
 * Reads a misspelt word as the word of the reader's it stands for ('dashbaord' as 'dashboard',
 * 'minuts' as 'minutes'): only a lower-case word the language model's lexicon lacks, nor the
 * word it would inflect ('scoping' is 'scope' + ing), of six letters or more, one edit from
 * exactly one word of the dictionary. The evidence keeps the text as written.
 *
 * @example
 * correctSpelling(tokenize('a live dashbaord'), spellingDictionary(['dashboard']), inLexicon)[2].lower; // 'dashboard'
 */
export function correctSpelling(tokens: Token[], dictionary: SpellingDictionary, inLexicon: (word: string) => boolean): Token[] {
  for (const token of tokens) {
    const { length } = token.lower;
    if (token.kind !== 'word' || token.known || length < MIN_LENGTH || length > dictionary.longest + 1 || token.raw !== token.lower || dictionary.words.has(token.lower)) continue;
    const corrected = correctionOf(token.lower, dictionary);
    if (corrected !== undefined && !basesOf(token.lower).some(inLexicon)) {
      token.lower = corrected;
      // A plural reads as its singular, as the model reads the plurals it knows ('dashbaords' → 'dashboard').
      token.lemma = /[^siu]s$/.test(corrected) ? corrected.slice(0, -1) : corrected;
    }
  }
  return tokens;
}
