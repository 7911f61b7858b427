import type { Token } from './tokens.js';

// A small table-driven parser rather than a package: the one maintained-looking option
// (words-to-numbers) drags in babel-runtime 6 and a fuzzy matcher, and gives no token spans.

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words as powers of ten, so '2.5 million' scales exactly. */
const SCALES: Readonly<Record<string, number>> = { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };
/** Suffixes written straight after digits: '500k', '2M', '3bn'. */
const SUFFIXES: ReadonlyMap<string, number> = new Map([['k', 3], ['m', 6], ['mm', 6], ['mn', 6], ['bn', 9]]);
/** Words that stand for an unknown count ('a few seconds', 'thousands of devices'). */
const VAGUE = new Set(['few', 'several', 'couple', 'many', 'multiple', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);

/** A number read from the tokens: a value, or a vague count such as 'a few'. */
export interface NumberRead {
  value: number;
  vague: boolean;
  /** Index of the first token after the number. */
  next: number;
}

/**
 * `value × 10^power` computed through the decimal string, so 2.3 × 10^6 is
 * 2300000 exactly rather than 2299999.9999999995.
 *
 * @example
 * scaleByPowerOfTen(2.3, 6); // 2300000
 */
export function scaleByPowerOfTen(value: number, power: number): number {
  if (power === 0) return value;
  const written = String(value);
  return written.includes('e') ? value * 10 ** power : Number(`${written}e${power}`);
}

/** One map for every word the parser knows, so the common case (not a number word) costs one lookup. */
const WORD_VALUES: ReadonlyMap<string, number> = new Map([...Object.entries(UNITS), ...Object.entries(TENS)]);
const SCALE_POWERS: ReadonlyMap<string, number> = new Map(Object.entries(SCALES));
const STARTS = new Set([...WORD_VALUES.keys(), ...VAGUE, 'a', 'an', 'half']);

function wordValue(lower: string): number | undefined {
  return WORD_VALUES.get(lower);
}

/** A single digit in words ('zero' to 'nine'), as read after 'point'. */
function digitWord(token: Token | undefined): number | undefined {
  const value = token?.kind === 'word' ? WORD_VALUES.get(token.lower) : undefined;
  return value !== undefined && value < 10 ? value : undefined;
}

/** Spelled-out numbers: 'fifty thousand', 'two hundred and fifty', 'a dozen', 'a million'. */
function readWords(tokens: readonly Token[], index: number): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let i = index;
  if (tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an') {
    const after = tokens[i + 1]?.lower ?? '';
    if (after === 'dozen') return { value: 12, vague: false, next: i + 2 };
    if (after === 'few' || after === 'couple') return readVague(tokens, i + 1);
    if (!SCALE_POWERS.has(after)) return undefined;
    current = 1;
    seen = true;
    i += 1;
  }
  for (; i < tokens.length; i += 1) {
    const lower = tokens[i].lower;
    const small = wordValue(lower);
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (lower === 'dozen' && seen) {
      current *= 12;
    } else if (lower === 'hundred' && seen) {
      current = (current || 1) * 100;
    } else if (SCALE_POWERS.has(lower) && seen) {
      total += scaleByPowerOfTen(current || 1, SCALE_POWERS.get(lower) as number);
      current = 0;
    } else if (lower === 'and' && seen && wordValue(tokens[i + 1]?.lower ?? '') !== undefined) {
      continue;
    } else if (lower === 'point' && seen && current < 1000 && digitWord(tokens[i + 1]) !== undefined) {
      // 'one point eight million': the digits after 'point' are decimals, scaled by what follows.
      let decimals = '';
      while (digitWord(tokens[i + 1]) !== undefined) decimals += String(digitWord(tokens[(i += 1)]));
      current = Number(`${current}.${decimals}`);
    } else {
      break;
    }
  }
  return seen ? { value: total + current, vague: false, next: i } : undefined;
}

function readVague(tokens: readonly Token[], index: number): NumberRead | undefined {
  if (!VAGUE.has(tokens[index]?.lower ?? '')) return undefined;
  const next = tokens[index + 1]?.lower === 'of' ? index + 2 : index + 1;
  return { value: Number.NaN, vague: true, next };
}

/** Digits with an optional suffix or scale word: '50,000', '1.5k', '2.5 million', '30+'. */
function readDigits(tokens: readonly Token[], index: number): NumberRead | undefined {
  const token = tokens[index];
  let value = token.value;
  let next = index + 1;
  // '15 000': a space groups thousands (French, Nordic): groups of exactly three digits after one of one to three.
  if (/^\d{1,3}$/.test(token.raw)) {
    while (/^\d{3}$/.test(tokens[next]?.raw ?? '') && !tokens[next].attached && !tokens[next].hyphen && tokens[next].start - tokens[next - 1].end === 1 && tokens[next + 1]?.kind !== 'number') {
      value = value * 1000 + tokens[next].value;
      next += 1;
    }
  }
  const after = tokens[next];
  const suffix = after?.attached && after.kind === 'word' ? SUFFIXES.get(after.lower) : undefined;
  if (suffix !== undefined) {
    value = scaleByPowerOfTen(value, suffix);
    next += 1;
  } else if (after?.kind === 'word' && SCALE_POWERS.has(after.lower)) {
    value = scaleByPowerOfTen(value, SCALE_POWERS.get(after.lower) as number);
    next += 1;
  }
  if (tokens[next]?.lower === '+') next += 1;
  return Number.isFinite(value) ? { value, vague: false, next } : undefined;
}

/** The upper end of a range such as '30-40', '30–40' or '30 to 40'. */
function readRangeEnd(tokens: readonly Token[], first: NumberRead): NumberRead {
  const joint = tokens[first.next];
  const second = tokens[first.next + 1];
  if (joint?.kind === 'number' && joint.hyphen) {
    const upper = readDigits(tokens, first.next);
    if (upper) return { value: Math.max(first.value, upper.value), vague: false, next: upper.next };
  }
  if (!joint || !second) return first;
  if ((joint.lower === '\u2013' || joint.lower === 'to') && second.kind === 'number') {
    const upper = readDigits(tokens, first.next + 1);
    if (upper) return { value: Math.max(first.value, upper.value), vague: false, next: upper.next };
  }
  return first;
}

/**
 * Reads the number that starts at `index`, in digits or in words, or a vague
 * count ('a few', 'several', 'thousands of'); undefined when none starts there.
 *
 * @example
 * readNumber(tokenize('fifty thousand records'), 0); // { value: 50000, vague: false, next: 2 }
 */
export function readNumber(tokens: readonly Token[], index: number): NumberRead | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (token.kind === 'number') {
    const digits = readDigits(tokens, index);
    return digits && readRangeEnd(tokens, digits);
  }
  if (token.kind !== 'word' || !STARTS.has(token.lower)) return undefined;
  if (token.lower === 'half') {
    const after = tokens[index + 1]?.lower;
    const next = after === 'a' || after === 'an' ? index + 2 : index + 1;
    const scale = SCALE_POWERS.get(tokens[next]?.lower ?? '');
    if (scale !== undefined && scale > 2) return { value: scaleByPowerOfTen(0.5, scale), vague: false, next: next + 1 };
    return { value: 0.5, vague: false, next };
  }
  const vague = readVague(tokens, index);
  if (vague) return withDigitsRepeated(tokens, vague);
  const words = readWords(tokens, index);
  return words && withDigitsRepeated(tokens, andAHalf(tokens, words));
}

/** 'one and a half kilobytes', 'two and a half million events': a half more, then any scale word after it. */
function andAHalf(tokens: readonly Token[], read: NumberRead): NumberRead {
  const at = read.next;
  if (tokens[at]?.lower !== 'and' || tokens[at + 1]?.lower !== 'a' || tokens[at + 2]?.lower !== 'half') return read;
  const scale = SCALE_POWERS.get(tokens[at + 3]?.lower ?? '');
  const value = read.value + 0.5;
  return scale !== undefined && scale > 2 ? { value: scaleByPowerOfTen(value, scale), vague: false, next: at + 4 } : { value, vague: false, next: at + 3 };
}

/** 'nine thousand (9,000) events', as contracts write numbers: the figure in brackets repeats the words and is read with them. */
function withDigitsRepeated(tokens: readonly Token[], words: NumberRead): NumberRead {
  const [open, digits, close] = [tokens[words.next], tokens[words.next + 1], tokens[words.next + 2]];
  const repeated = open?.lower === '(' && digits?.kind === 'number' && digits.value === words.value && close?.lower === ')';
  return repeated ? { ...words, next: words.next + 3 } : words;
}
