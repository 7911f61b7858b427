import { readDocument } from './language-model.js';
import { normalizeText } from './normalize-text.js';

/** One word, number or punctuation mark of a description, with its place in the text. */
export interface Token {
  kind: 'word' | 'number' | 'mark';
  /** Lower case of the normal form (NFKC, look-alike letters folded). */
  lower: string;
  /** Dictionary form from the language model: 'sensors' → 'sensor', 'kept' → 'keep', "n't" → 'not'. */
  lemma: string;
  /** Universal part of speech from the language model (NOUN, VERB, NUM, ADP…). */
  pos: string;
  /** Inside the scope of a negation that comes before it, as the language model reads it. */
  negated: boolean;
  /** A word of the language model's English lexicon (false for names, codes and misspellings it has never seen). */
  known: boolean;
  /** Normal form with its case: case matters for units ('Mb' is megabits, 'MB' megabytes). */
  raw: string;
  /** Offsets in the description as written (evidence is quoted from there). */
  start: number;
  end: number;
  /** Value of a number token, commas removed; NaN otherwise. */
  value: number;
  /** Sentences end where the language model ends them, and at ';' and line breaks; clauses also at , : ( ) and words such as 'but'. */
  sentence: number;
  clause: number;
  /** Nothing at all between this token and the previous one ('30MB', '500k'). */
  attached: boolean;
  /** Only a hyphen between this token and the previous one ('400-byte', '30-40'). */
  hyphen: boolean;
}

// Within one token of the language model: numbers (thousands commas, decimals), words (letters then
// letters or digits, one apostrophe part), or one other visible character; '-', '_' only separate.
const PART = /(\d+(?:,\d{3})*(?:\.\d+)?(?:,\d{1,2}(?!\d))?)|(\p{L}[\p{L}\p{N}]*(?:['\u2019]\p{L}+)?)|[^\s\p{L}\p{N}_-]/gu;
const LEMMA_PARTS = /[^\s\p{L}\p{N}'\u2019]+/u;
// Most tokens are one plain word or one run of digits: no need to split them.
const SIMPLE = /^(?:\p{L}[\p{L}\p{N}]*|\d+)$/u;

/**
 * A number as written: commas group thousands ('1,200'), but a comma before one or two
 * final digits is a decimal comma, as much of Europe writes it ('1,2 GB/s', '3,5 TB').
 */
function numberValue(raw: string): number {
  // '12.500 events/s', '1.000 transactions': a dot between groups of three digits groups thousands.
  if (/^\d{1,3}(?:\.\d{3})+$/.test(raw) && !/^0\./.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d+(?:,\d{3})*,\d{1,2}$/.test(raw)) {
    const decimal = raw.lastIndexOf(',');
    return Number(`${raw.slice(0, decimal).replace(/,/g, '')}.${raw.slice(decimal + 1)}`);
  }
  return Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
}

/** The one part of a plain token, shaped as a match of PART. */
function simplePart(value: string): RegExpExecArray[] {
  const part = [value, /^\d/.test(value) ? value : undefined, /^\d/.test(value) ? undefined : value] as unknown as RegExpExecArray;
  part.index = 0;
  return [part];
}

const SENTENCE_MARKS = new Set([';']);
const CLAUSE_MARKS = new Set([',', ':', '(', ')', '[', ']', '\u2014', '\u2013', '"', '\u201c', '\u201d', '.', '!', '?', '\u2192', '>', '\u2022']);
/** Words that open a new clause: negation and roles never reach across them. */
const CLAUSE_WORDS = new Set([
  'but', 'however', 'though', 'although', 'while', 'whereas', 'yet', 'and', 'so', 'except', 'plus',
  'then', 'instead', 'rather', 'that', 'which', 'who', 'where', 'when', 'because', 'unless',
]);
const NEWLINE = 10;
const HYPHEN = 45;

/**
 * A plural the model's lexicon lacks ('leaderboards' is left as it is): a noun ending in a
 * plain -s (not -ss, -us, -is) reads as its singular, as the lexicon reads the nouns it knows.
 */
function isUnknownPlural(lower: string, pos: string): boolean {
  return (pos === 'NOUN' || pos === 'PROPN') && lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === NEWLINE) return true;
  return false;
}

/** One token of the language model, with the text offset it starts at. */
interface ModelToken {
  value: string;
  at: number;
  lemma: string;
  pos: string;
  negated: boolean;
  known: boolean;
  sentence: number;
}

function modelTokens(text: string): ModelToken[] {
  const { doc, its, lexiconSize } = readDocument(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const sentenceOf = new Int32Array(values.length);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  spans.forEach(([first, last], index) => sentenceOf.fill(index, first, last + 1));
  const read: ModelToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i += 1) {
    at += spaces[i].length;
    read.push({ value: values[i], at, lemma: lemmas[i], pos: tags[i], negated: negations[i], known: ids[i] < lexiconSize, sentence: sentenceOf[i] });
    at += values[i].length;
  }
  return read;
}

/**
 * Splits a description into tokens with the language model (NFKC first), then into words,
 * numbers and marks within each of its tokens ('10-30' is two numbers, 'sub-second' two words),
 * numbering sentences and clauses as it goes.
 *
 * @example
 * tokenize('30MB/s, not batch').map((t) => t.lower); // ['30', 'mb', '/', 's', ',', 'not', 'batch']
 */
export function tokenize(text: string): Token[] {
  const normal = normalizeText(text);
  const plain = normal.text;
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let modelSentence = 0;
  let previousEnd = 0;
  let breakBefore = false;
  for (const piece of modelTokens(plain)) {
    const parts = SIMPLE.test(piece.value) ? simplePart(piece.value) : [...piece.value.matchAll(PART)];
    const lemmaParts = parts.length > 1 ? piece.lemma.split(LEMMA_PARTS).filter(Boolean) : [piece.lemma];
    const words = parts.filter((part) => part[2] !== undefined).length;
    let word = 0;
    for (const part of parts) {
      const raw = part[0];
      const start = piece.at + part.index;
      const kind: Token['kind'] = part[1] !== undefined ? 'number' : part[2] !== undefined ? 'word' : 'mark';
      let lower = kind === 'number' ? raw : raw.toLowerCase();
      if (kind === 'word' && lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
      let lemma = lower;
      if (kind === 'word') {
        const candidate = words === 1 ? piece.lemma : lemmaParts.length === words ? lemmaParts[word] : undefined;
        if (candidate) lemma = candidate.toLowerCase();
        if (lemma === lower && isUnknownPlural(lower, piece.pos)) lemma = lower.slice(0, -1);
        word += 1;
      }
      const gap = start - previousEnd;
      const newSentence = piece.sentence !== modelSentence;
      modelSentence = piece.sentence;
      if (breakBefore || newSentence || (gap > 0 && hasNewline(plain, previousEnd, start))) {
        if (tokens.length > 0) sentence += 1;
        clause += 1;
      } else if (kind === 'word' && CLAUSE_WORDS.has(lower)) {
        clause += 1;
      }
      breakBefore = false;
      tokens.push({
        kind,
        lower,
        lemma,
        pos: piece.pos,
        negated: piece.negated,
        known: piece.known,
        raw,
        start: normal.start[start],
        end: normal.end[start + raw.length - 1],
        value: kind === 'number' ? numberValue(raw) : Number.NaN,
        sentence,
        clause,
        attached: tokens.length > 0 && gap === 0,
        hyphen: tokens.length > 0 && gap === 1 && plain.charCodeAt(previousEnd) === HYPHEN,
      });
      previousEnd = start + raw.length;
      if (kind !== 'mark') continue;
      if (SENTENCE_MARKS.has(lower)) breakBefore = true;
      else if (CLAUSE_MARKS.has(lower)) clause += 1;
    }
  }
  return tokens;
}
