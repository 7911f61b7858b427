import { scaleByPowerOfTen } from './number-words.js';
import type { Token } from './tokens.js';

/**
 * A data-size unit as `multiplier × 10^power` megabytes. Decimal units are
 * powers of ten (1 MB = 10^6 bytes); binary ones are exact byte counts, so
 * 1 KiB = 1,024 B = 0.001024 MB and 1 MiB = 1,048,576 B = 1.048576 MB.
 */
export interface SizeUnit {
  multiplier: number;
  power: number;
  /** Bits rather than bytes: divide by 8. */
  bits: boolean;
  /** A rate unit in itself ('MBps', 'Gbps'). */
  perSecond: boolean;
}

const DECIMAL_POWERS: ReadonlyMap<string, number> = new Map([
  ['b', -6], ['byte', -6], ['bytes', -6], ['kb', -3], ['kilobyte', -3], ['kilobytes', -3], ['mb', 0],
  ['megabyte', 0], ['megabytes', 0], ['meg', 0], ['megs', 0], ['gb', 3], ['gigabyte', 3], ['gigabytes', 3], ['gig', 3], ['gigs', 3], ['tb', 6],
  ['terabyte', 6], ['terabytes', 6], ['pb', 9], ['petabyte', 9], ['petabytes', 9],
]);
const BINARY_BYTES: ReadonlyMap<string, number> = new Map([
  ['kib', 1024], ['kibibyte', 1024], ['kibibytes', 1024], ['mib', 1_048_576], ['mebibyte', 1_048_576],
  ['mebibytes', 1_048_576], ['gib', 1_073_741_824], ['gibibyte', 1_073_741_824],
  ['gibibytes', 1_073_741_824], ['tib', 1_099_511_627_776], ['tebibyte', 1_099_511_627_776],
  ['tebibytes', 1_099_511_627_776], ['pib', 1_125_899_906_842_624], ['pebibyte', 1_125_899_906_842_624],
  ['pebibytes', 1_125_899_906_842_624],
]);
const BIT_POWERS: ReadonlyMap<string, number> = new Map([
  ['kbit', -3], ['kbits', -3], ['kilobit', -3], ['kilobits', -3], ['mbit', 0], ['mbits', 0], ['megabit', 0],
  ['megabits', 0], ['gbit', 3], ['gbits', 3], ['gigabit', 3], ['gigabits', 3],
]);
const RATE_POWERS: ReadonlyMap<string, number> = new Map([['kbps', -3], ['mbps', 0], ['gbps', 3], ['tbps', 6]]);

/**
 * The size unit a token names. Case decides bits from bytes where writers do:
 * 'Mb', 'Gb' and any '…bps' are bits, 'MB', 'mb' and 'MBps' bytes.
 *
 * @example
 * sizeUnit(tokenize('Gbps')[0]); // { multiplier: 1, power: 3, bits: true, perSecond: true }
 */
export function sizeUnit(token: Token | undefined): SizeUnit | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const { lower, raw } = token;
  const decimal = DECIMAL_POWERS.get(lower);
  if (decimal !== undefined) {
    const bits = raw.length === 2 && raw[1] === 'b' && raw[0] !== raw[0].toLowerCase();
    return { multiplier: 1, power: decimal, bits, perSecond: false };
  }
  const binary = BINARY_BYTES.get(lower);
  if (binary !== undefined) return { multiplier: binary, power: -6, bits: false, perSecond: false };
  const bitPower = BIT_POWERS.get(lower);
  if (bitPower !== undefined) return { multiplier: 1, power: bitPower, bits: true, perSecond: false };
  const ratePower = RATE_POWERS.get(lower);
  if (ratePower !== undefined) return { multiplier: 1, power: ratePower, bits: raw[1] !== 'B', perSecond: true };
  return undefined;
}

/**
 * An amount in a size unit, converted to megabytes, then shifted by a further
 * power of ten (+3 for KB, -6 for TB).
 *
 * @example
 * toMegabytes(0.5, sizeUnit(tokenize('TB')[0])!, 0); // 500000
 */
export function toMegabytes(amount: number, unit: SizeUnit, shift: number): number {
  const megabytes = scaleByPowerOfTen(amount * unit.multiplier, unit.power + shift);
  return unit.bits ? megabytes / 8 : megabytes;
}

const SECONDS: ReadonlyMap<string, number> = new Map([
  ['ms', 0.001], ['msec', 0.001], ['msecs', 0.001], ['millisecond', 0.001], ['milliseconds', 0.001],
  ['s', 1], ['sec', 1], ['secs', 1], ['second', 1], ['seconds', 1], ['min', 60], ['mins', 60],
  ['minute', 60], ['minutes', 60], ['h', 3600], ['hr', 3600], ['hrs', 3600], ['hour', 3600], ['hours', 3600],
  ['d', 86_400], ['day', 86_400], ['days', 86_400], ['night', 86_400], ['nights', 86_400], ['wk', 604_800],
  ['wks', 604_800], ['week', 604_800], ['weeks', 604_800], ['month', 2_592_000], ['months', 2_592_000],
  ['yr', 31_536_000], ['yrs', 31_536_000], ['year', 31_536_000], ['years', 31_536_000],
]);
/** Time units a bare plural can stand for in 'within seconds'. */
const PLURALS = new Set(['milliseconds', 'seconds', 'minutes', 'hours', 'days']);
/** Adverbs that are a period in themselves: '10 GB daily'. */
const ADVERBS: ReadonlyMap<string, number> = new Map([
  ['hourly', 3600], ['daily', 86_400], ['nightly', 86_400], ['weekly', 604_800], ['monthly', 2_592_000],
  ['yearly', 31_536_000], ['annually', 31_536_000],
]);
const PER_WORDS = new Set(['per', 'a', 'an', 'each', 'every']);
/** What an hour 'of' measures when a size is per hour of it: recorded media, not time passing. */
const MEDIA_DURATION = new Set(['footage', 'video', 'videos', 'audio', 'recording', 'recordings', 'content', 'film', 'music', 'playback', 'class', 'classes']);

/** The words that name a time unit or a period ('minutes', 'hourly'), for the spelling dictionary. */
export const TIME_WORDS: readonly string[] = [...SECONDS.keys(), ...ADVERBS.keys()];

/**
 * Seconds in the time unit a token names ('min', 'hours', '24h'), if any.
 *
 * @example
 * timeUnitSeconds(tokenize('minutes')[0]); // 60
 */
export function timeUnitSeconds(token: Token | undefined): number | undefined {
  return token?.kind === 'word' ? SECONDS.get(token.lower) : undefined;
}

/**
 * True for a bare plural time unit, as in 'within seconds'.
 *
 * @example
 * isPluralTimeUnit(tokenize('seconds')[0]); // true
 */
export function isPluralTimeUnit(token: Token | undefined): boolean {
  return token !== undefined && PLURALS.has(token.lower);
}

/** A rate's period: its length in seconds and the index after it. */
export interface Per {
  seconds: number;
  next: number;
}

/**
 * 'per hour of footage' at `index`: how large an hour of recorded media is, neither a rate nor
 * what is stored. The index after it, or undefined.
 *
 * @example
 * mediaDuration(tokenize('60 GB per hour of footage'), 2); // 6
 */
export function mediaDuration(tokens: readonly Token[], index: number): number | undefined {
  const linked = tokens[index]?.lower === 'per' || tokens[index]?.lower === 'a' || tokens[index]?.lower === '/';
  const media = timeUnitSeconds(tokens[index + 1]) !== undefined && tokens[index + 2]?.lower === 'of' && MEDIA_DURATION.has(tokens[index + 3]?.lower ?? '');
  return linked && media ? index + 4 : undefined;
}

/**
 * Reads 'per second', '/s', 'a day', 'every minute' or (unless `adverbs` is
 * false) 'daily' at `index`, after at most "of" and two words ('2 TB of new logs per day').
 *
 * @example
 * readPer(tokenize('MB/s'), 1); // { seconds: 1, next: 3 }
 */
export function readPer(tokens: readonly Token[], index: number, adverbs = true): Per | undefined {
  if (!adverbs && ADVERBS.has(tokens[index]?.lower ?? '')) return undefined;
  const direct = readPerAt(tokens, index);
  if (direct || tokens[index]?.lower !== 'of') return direct;
  for (let skip = 2; skip <= 3; skip += 1) {
    const between = tokens[index + skip - 1];
    if (between?.kind !== 'word' || timeUnitSeconds(between) !== undefined) return undefined;
    const later = readPerAt(tokens, index + skip);
    if (later) return later;
  }
  return undefined;
}

function readPerAt(tokens: readonly Token[], index: number): Per | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const adverb = ADVERBS.get(token.lower);
  if (adverb !== undefined) return { seconds: adverb, next: index + 1 };
  // '10 messages in 1 second', 'in one minute': 'in' with a count of units is a period too.
  if (token.lower === 'in' && tokens[index + 1]?.kind === 'number' && tokens[index + 1].value > 0) {
    const unit = timeUnitSeconds(tokens[index + 2]);
    if (unit !== undefined) return { seconds: tokens[index + 1].value * unit, next: index + 3 };
  }
  if (token.lower === '/' || PER_WORDS.has(token.lower)) {
    // '60 GB per hour of footage' is how large an hour of media is: no period.
    if (mediaDuration(tokens, index) !== undefined) return undefined;
    const seconds = timeUnitSeconds(tokens[index + 1]);
    if (seconds !== undefined) return { seconds, next: index + 2 };
    // 'one ping / 4 s', 'per 10 minutes': a period of several units.
    const count = tokens[index + 1];
    const unit = timeUnitSeconds(tokens[index + 2]);
    if (count?.kind === 'number' && count.value > 0 && unit !== undefined) return { seconds: count.value * unit, next: index + 3 };
  }
  return undefined;
}
