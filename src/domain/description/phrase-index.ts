import { tokenize, type Token } from './tokens.js';
import type { VocabularyEntry } from './vocabulary.js';

/** A word of a pattern: the forms a token may take to match it (as written, and a noun's lemma). */
type PatternWord = readonly string[];
/** '*' in a pattern: any one word ('purge a * records' matches "purge a client's records"). */
const ANY_WORD: PatternWord = ['*'];

/** One expanded pattern: its words, and the entry it belongs to. */
interface Pattern {
  words: readonly PatternWord[];
  entry: VocabularyEntry;
}

/** Patterns by first word, longest first, so matching at a token tries only what can start there. */
export type PhraseIndex = ReadonlyMap<string, readonly Pattern[]>;

/** A pattern's words with their forms: a noun matches its singular and plural alike ('leaderboards' ~ 'leaderboard'). */
function wordsOf(text: string, cache: Map<string, PatternWord[]>): PatternWord[] {
  if (text === '*') return [ANY_WORD];
  let words = cache.get(text);
  if (!words) {
    words = tokenize(text).map((token) => (token.pos === 'NOUN' && token.lemma !== token.lower ? [token.lower, token.lemma] : [token.lower]));
    cache.set(text, words);
  }
  return words;
}

/**
 * Every alternative of every pattern slot read by the language model in one pass (one line
 * each), so building the index costs one reading rather than one per alternative.
 */
function readChoices(entries: readonly VocabularyEntry[]): Map<string, PatternWord[]> {
  const choices = new Set<string>();
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      for (const slot of pattern.trim().split(/\s+/)) for (const choice of slot.replace(/\?$/, '').split('|')) if (choice !== '*') choices.add(choice);
    }
  }
  const list = [...choices];
  const text = list.join('\n');
  const tokens = tokenize(text);
  const cache = new Map<string, PatternWord[]>();
  let at = 0;
  let start = 0;
  for (const choice of list) {
    const end = start + choice.length;
    const words: PatternWord[] = [];
    for (; at < tokens.length && tokens[at].start < end; at += 1) {
      const token = tokens[at];
      words.push(token.pos === 'NOUN' && token.lemma !== token.lower ? [token.lower, token.lemma] : [token.lower]);
    }
    cache.set(choice, words);
    start = end + 1;
  }
  return cache;
}

/** 'real-time dashboard|dashboards the?' → every word sequence it stands for. */
function expand(pattern: string, cache: Map<string, PatternWord[]>): PatternWord[][] {
  let sequences: PatternWord[][] = [[]];
  for (const slot of pattern.trim().split(/\s+/)) {
    const optional = slot.endsWith('?');
    const choices = (optional ? slot.slice(0, -1) : slot).split('|').map((choice) => wordsOf(choice, cache));
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
  const cache = readChoices(entries);
  for (const entry of entries) {
    for (const pattern of entry.patterns) {
      for (const words of expand(pattern, cache)) {
        for (const form of words[0]) {
          const list = index.get(form) ?? [];
          list.push({ words, entry });
          index.set(form, list);
        }
      }
    }
  }
  // Stable sort: longest first, then in vocabulary order.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * Every form of every word the index's patterns hold ('dashboard', 'dashboards', …).
 *
 * @example
 * [...phraseWords(index)].includes('dashboard'); // true
 */
export function phraseWords(index: PhraseIndex): Set<string> {
  const words = new Set<string>();
  for (const patterns of index.values()) for (const { words: pattern } of patterns) for (const forms of pattern) for (const form of forms) words.add(form);
  return words;
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
  const { lower, lemma } = tokens[first];
  const byLemma = byNumber(tokens[first]) ? longestMatch(index.get(lemma), tokens, first, consumed) : undefined;
  const byForm = longestMatch(index.get(lower), tokens, first, consumed);
  if (!byForm) return byLemma;
  return byLemma && byLemma.last > byForm.last ? byLemma : byForm;
}

/**
 * True when a token takes one of a pattern word's forms: as written, or by its lemma when the
 * two differ in number only ('dashboards', 'sends'), never in tense ('labelled' is no 'label').
 */
function takes(token: Token, word: PatternWord): boolean {
  // A possessive's apostrophe belongs to its word: 'to the runners' phones' is 'to the * * phones'.
  if (word === ANY_WORD) return token.kind === 'word' || token.lower === "'" || token.lower === '’';
  return word.includes(token.lower) || (byNumber(token) && word.includes(token.lemma));
}

function byNumber(token: Token): boolean {
  return token.lemma !== token.lower && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.lower.endsWith('s'));
}

function longestMatch(candidates: readonly Pattern[] | undefined, tokens: readonly Token[], first: number, consumed: readonly boolean[]): PhraseMatch | undefined {
  if (!candidates) return undefined;
  const sentence = tokens[first].sentence;
  for (const { words, entry } of candidates) {
    let matches = first + words.length <= tokens.length;
    for (let k = 1; matches && k < words.length; k += 1) {
      const token = tokens[first + k];
      matches = takes(token, words[k]) && !consumed[first + k] && token.sentence === sentence;
    }
    // A noun is never followed by its own determiner: 'the gateway batches the readings' is a verb.
    const nominal = !entry.partsOfSpeech || (entry.partsOfSpeech.has(tokens[first].pos) && tokens[first + words.length]?.pos !== 'DET');
    if (matches && nominal) return { entry, first, last: first + words.length - 1 };
  }
  return undefined;
}
