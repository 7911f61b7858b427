import { tokenize, type Token } from './tokens.js';
import type { VocabularyEntry } from './vocabulary.js';

/** One expanded pattern: its words, and the entry it belongs to. */
interface Pattern {
  words: readonly string[];
  entry: VocabularyEntry;
}

/** Patterns by first word, longest first, so matching at a token tries only what can start there. */
export type PhraseIndex = ReadonlyMap<string, readonly Pattern[]>;

function wordsOf(text: string): string[] {
  return tokenize(text).map((token) => token.lower);
}

/** 'real-time dashboard|dashboards the?' → every word sequence it stands for. */
function expand(pattern: string): string[][] {
  let sequences: string[][] = [[]];
  for (const slot of pattern.trim().split(/\s+/)) {
    const optional = slot.endsWith('?');
    const choices = (optional ? slot.slice(0, -1) : slot).split('|').map(wordsOf);
    if (optional) choices.push([]);
    sequences = sequences.flatMap((sequence) => choices.map((choice) => [...sequence, ...choice]));
  }
  return sequences.filter((sequence) => sequence.length > 0);
}

/**
 * Indexes vocabulary entries by the first word of each expanded pattern.
 *
 * @example
 * const index = buildPhraseIndex([phrase(['near real-time'], is('latency', 'near-real-time'))]);
 */
export function buildPhraseIndex(entries: readonly VocabularyEntry[]): PhraseIndex {
  const index = new Map<string, Pattern[]>();
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      for (const words of expand(pattern)) {
        const list = index.get(words[0]) ?? [];
        list.push({ words, entry });
        index.set(words[0], list);
      }
    }
  }
  // Stable sort: longest first, then in vocabulary order.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** A phrase found in the text: its entry and the tokens it covers. */
export interface PhraseMatch {
  entry: VocabularyEntry;
  first: number;
  last: number;
}

/**
 * The longest phrase starting at token `first` within one sentence, over
 * tokens no quantity has used; undefined when none.
 *
 * @example
 * matchPhrase(index, tokenize('near real-time'), 0, [false, false, false]); // covers tokens 0..2
 */
export function matchPhrase(index: PhraseIndex, tokens: readonly Token[], first: number, consumed: readonly boolean[]): PhraseMatch | undefined {
  const candidates = index.get(tokens[first].lower);
  if (!candidates) return undefined;
  const sentence = tokens[first].sentence;
  for (const { words, entry } of candidates) {
    let matches = first + words.length <= tokens.length;
    for (let k = 1; matches && k < words.length; k += 1) {
      const token = tokens[first + k];
      matches = token.lower === words[k] && !consumed[first + k] && token.sentence === sentence;
    }
    if (matches) return { entry, first, last: first + words.length - 1 };
  }
  return undefined;
}
