/** One word, number or punctuation mark of a description, with its place in the text. */
export interface Token {
  kind: 'word' | 'number' | 'mark';
  /** Lower case, curly apostrophe straightened (same length as `raw`). */
  lower: string;
  /** As written: case matters for units ('Mb' is megabits, 'MB' megabytes). */
  raw: string;
  start: number;
  end: number;
  /** Value of a number token, commas removed; NaN otherwise. */
  value: number;
  /** Sentences end at . ! ? ; and line breaks; clauses also at , : ( ) and words such as 'but'. */
  sentence: number;
  clause: number;
  /** Nothing at all between this token and the previous one ('30MB', '500k'). */
  attached: boolean;
  /** Only a hyphen between this token and the previous one ('400-byte', '30-40'). */
  hyphen: boolean;
}

// Numbers (with thousands commas and decimals), words (letters then letters or digits,
// one apostrophe part), or one other visible character. Whitespace, '-' and '_' only separate.
// Each alternative consumes distinct characters, so matching stays linear.
const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?)|(\p{L}[\p{L}\p{N}]*(?:['\u2019]\p{L}+)?)|[^\s\p{L}\p{N}_-]/gu;

const SENTENCE_MARKS = new Set(['.', '!', '?', ';']);
const CLAUSE_MARKS = new Set([',', ':', '(', ')', '[', ']', '\u2014', '"', '\u201c', '\u201d']);
/** Words that open a new clause: negation and roles never reach across them. */
const CLAUSE_WORDS = new Set([
  'but', 'however', 'though', 'although', 'while', 'whereas', 'yet', 'and', 'so', 'except', 'plus',
  'then', 'instead', 'rather', 'that', 'which', 'who', 'where', 'when', 'because', 'unless',
]);
/** A full stop after these is an abbreviation ('N. Virginia', 'e.g.'), not the end of a sentence. */
const ABBREVIATIONS = new Set(['e', 'i', 'g', 'n', 'vs', 'approx', 'ca', 'incl', 'st', 'mr', 'dr']);
const NEWLINE = 10;
const HYPHEN = 45;

function hasNewline(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === NEWLINE) return true;
  return false;
}

/**
 * Splits a description into tokens in one pass of one regex, numbering
 * sentences and clauses as it goes.
 *
 * @example
 * tokenize('30MB/s, not batch').map((t) => t.lower); // ['30', 'mb', '/', 's', ',', 'not', 'batch']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  let breakBefore = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const kind: Token['kind'] = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'mark';
    let lower = kind === 'number' ? raw : raw.toLowerCase();
    if (kind === 'word' && lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
    const gap = start - previousEnd;
    if (breakBefore || (gap > 0 && hasNewline(text, previousEnd, start))) {
      if (tokens.length > 0) sentence += 1;
      clause += 1;
    } else if (kind === 'word' && CLAUSE_WORDS.has(lower)) {
      clause += 1;
    }
    breakBefore = false;
    const token: Token = {
      kind,
      lower,
      raw,
      start,
      end: start + raw.length,
      value: kind === 'number' ? Number(raw.includes(',') ? raw.replace(/,/g, '') : raw) : Number.NaN,
      sentence,
      clause,
      attached: tokens.length > 0 && gap === 0,
      hyphen: tokens.length > 0 && gap === 1 && text.charCodeAt(previousEnd) === HYPHEN,
    };
    tokens.push(token);
    previousEnd = token.end;
    if (kind !== 'mark') continue;
    if (SENTENCE_MARKS.has(lower)) {
      const before = tokens[tokens.length - 2];
      const abbreviation = lower === '.' && before?.kind === 'word' && ABBREVIATIONS.has(before.lower);
      if (!abbreviation) breakBefore = true;
    } else if (CLAUSE_MARKS.has(lower)) {
      clause += 1;
    }
  }
  return tokens;
}
