import type { Token } from './tokens.js';

/** Sentence contexts some readings depend on (an engine name is a migration source only in a database sentence). */
export type Cue = 'migration' | 'database' | 'etl' | 'security' | 'output' | 'report' | 'mobile' | 'owned' | 'fallback' | 'flowing' | 'media' | 'model' | 'scheduled' | 'still' | 'recorded' | 'display' | 'holds' | 'live' | 'retrain' | 'backup' | 'untouched' | 'kept';

/** One field read from a span of the text, before repeats of a field are settled. */
export interface Reading {
  field: string;
  value: unknown;
  /** Character offsets of the evidence in the text. */
  start: number;
  end: number;
  /** Computed from other figures (records/s from devices and a period): stated readings beat it. */
  derived: boolean;
  /** Kept only when the sentence has (or, for `unless`, lacks) this cue. */
  when?: Cue;
  unless?: Cue | readonly Cue[];
  sentence: number;
  /** Order of discovery, the last tie-breaker for a stable order. */
  seq: number;
  /** For a rate: the period it was stated over, in seconds ('3 million a minute' is 60). */
  period?: number;
}

/** A count of producers ('50,000 sensors'), kept for the derivations. */
export interface ProducerFact {
  value: number;
  start: number;
  end: number;
  sentence: number;
  /** The lemma of what is counted ('pen', 'berth'), where a later 'each pen' or 'per berth' may name it. */
  noun?: string;
  /** Counted in the singular ('1.450 freezer'): producers only where a later 'every freezer' names them. */
  onlyWhenNamed?: boolean;
  /** Several things counted, added up where 'every kiln and dryer' names them together. */
  summed?: boolean;
}

/** A definite period per producer ('every 5 seconds', 'twice a minute'). */
export interface PeriodFact {
  /** Records per period per producer. */
  count: number;
  seconds: number;
  start: number;
  end: number;
  sentence: number;
}

/** A rate stated per producer ('2 Mbps each'): multiplied by the sentence's producer count. */
export interface PerProducerRate {
  field: 'ingestion.recordsPerSecond' | 'ingestion.throughputMBps';
  value: number;
  start: number;
  end: number;
  sentence: number;
  period?: number;
}

/** The size of one file or export ('about 50 MB per file'), kept for the write-rate derivation. */
export interface FileSizeFact {
  megabytes: number;
  start: number;
  end: number;
  sentence: number;
}

/** Everything one reading pass collects; scanners append to it. */
export interface ScanState {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Tokens a quantity or phrase has used up: no later phrase may start on or cross them. */
  readonly consumed: boolean[];
  readonly readings: Reading[];
  readonly producers: ProducerFact[];
  readonly periods: PeriodFact[];
  readonly perProducerRates: PerProducerRate[];
  readonly fileSizes: FileSizeFact[];
  /** Things counted in the text ('25k drivers'): producers once a rate per item follows. */
  readonly counted: ProducerFact[];
}

/**
 * A fresh scan state for a tokenized text.
 *
 * @example
 * const state = createScanState('10 TB', tokenize('10 TB'));
 */
export function createScanState(text: string, tokens: readonly Token[]): ScanState {
  return {
    text,
    tokens,
    consumed: new Array<boolean>(tokens.length).fill(false),
    readings: [],
    producers: [],
    periods: [],
    perProducerRates: [],
    fileSizes: [],
    counted: [],
  };
}

/** Options of a reading beyond its field, value and token span. */
export interface ReadingOptions {
  derived?: boolean;
  period?: number;
  when?: Cue;
  unless?: Cue | readonly Cue[];
}

/**
 * Records a reading whose evidence runs from token `first` to token `last` (inclusive).
 *
 * @example
 * addReading(state, 'data.volumeTB', 10, 0, 1);
 */
export function addReading(
  state: ScanState,
  field: string,
  value: unknown,
  first: number,
  last: number,
  options: ReadingOptions = {},
): void {
  const from = state.tokens[first];
  addSpanReading(state, field, value, from.start, state.tokens[last].end, from.sentence, options);
}

/**
 * Records a reading over a character span (for derivations that join two figures).
 *
 * @example
 * addSpanReading(state, 'ingestion.recordsPerSecond', 10000, 0, 58, 0, { derived: true });
 */
export function addSpanReading(
  state: ScanState,
  field: string,
  value: unknown,
  start: number,
  end: number,
  sentence: number,
  options: ReadingOptions = {},
): void {
  state.readings.push({
    field,
    value,
    start,
    end,
    derived: options.derived ?? false,
    when: options.when,
    unless: options.unless,
    sentence,
    seq: state.readings.length,
    period: options.period,
  });
}

/**
 * Marks tokens `first`..`last` (inclusive) as used up.
 *
 * @example
 * consume(state, 0, 3);
 */
export function consume(state: ScanState, first: number, last: number): void {
  for (let i = first; i <= last; i += 1) state.consumed[i] = true;
}
