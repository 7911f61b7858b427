import { readNumber } from './number-words.js';
import { addReading, consume, type ScanState } from './reading.js';
import { nearestRole, sentenceHas } from './sentence-roles.js';
import type { Token } from './tokens.js';
import { isPluralTimeUnit, timeUnitSeconds } from './units.js';

/** A span of time read from the text; `seconds` is undefined for a vague one ('a few minutes'). */
export interface Duration {
  seconds: number | undefined;
  unitSeconds: number;
  next: number;
}

/**
 * Reads '5 seconds', 'a week', 'half an hour', '200ms' and, when `allowVague`,
 * 'a few minutes' or a bare 'seconds'.
 *
 * @example
 * readDuration(tokenize('a week'), 0, false); // { seconds: 604800, unitSeconds: 604800, next: 2 }
 */
export function readDuration(tokens: readonly Token[], index: number, allowVague: boolean): Duration | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const number = readNumber(tokens, index);
  if (number) {
    const unit = timeUnitSeconds(tokens[number.next]);
    if (unit === undefined || (number.vague && !allowVague)) return undefined;
    return { seconds: number.vague ? undefined : number.value * unit, unitSeconds: unit, next: number.next + 1 };
  }
  if (token.lower === 'a' || token.lower === 'an' || token.lower === 'the') {
    const unit = timeUnitSeconds(tokens[index + 1]);
    if (unit === undefined) return undefined;
    // 'in a second Region', 'a second copy': the ordinal before its noun, no time.
    if (tokens[index + 1].lower === 'second' && (tokens[index + 2]?.pos === 'NOUN' || tokens[index + 2]?.pos === 'PROPN' || tokens[index + 2]?.pos === 'ADJ')) return undefined;
    // 'a minute or two' reads as its unit, the tier it names.
    if (tokens[index + 2]?.lower === 'or' && tokens[index + 3]?.lower === 'two') return { seconds: unit, unitSeconds: unit, next: index + 4 };
    return { seconds: unit, unitSeconds: unit, next: index + 2 };
  }
  if (allowVague && isPluralTimeUnit(token)) {
    const unit = timeUnitSeconds(token) as number;
    return { seconds: undefined, unitSeconds: unit, next: index + 1 };
  }
  return undefined;
}

/**
 * The latency class a freshness target falls in: up to a second is real-time,
 * under an hour near-real-time ('seconds to minutes'), an hour or more batch.
 *
 * @example
 * latencyOf({ seconds: 0.2, unitSeconds: 0.001, next: 0 }); // 'real-time'
 */
export function latencyOf(duration: Duration): 'real-time' | 'near-real-time' | 'batch' {
  const seconds = duration.seconds ?? duration.unitSeconds;
  if (duration.seconds === undefined ? seconds < 1 : seconds <= 1) return 'real-time';
  return seconds < 3600 ? 'near-real-time' : 'batch';
}

/**
 * Reads a period at `index` ('every 5 seconds', 'every minute', 'once a day',
 * 'twice an hour', 'each day') and notes it for the records/s derivation;
 * returns the index after it, or undefined.
 *
 * @example
 * readPeriod(state, 0); // 'every 5 seconds' → periods gets { count: 1, seconds: 5 }
 */
export function readPeriod(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const lower = tokens[index].lower;
  let count = 1;
  let at = index + 1;
  if (lower === 'once' || lower === 'twice') {
    count = lower === 'once' ? 1 : 2;
    const after = tokens[at]?.lower;
    if (after === 'a' || after === 'an' || after === 'per') {
      const unit = timeUnitSeconds(tokens[at + 1]);
      return unit === undefined ? undefined : notePeriod(state, index, at + 2, count, unit);
    }
    if (after !== 'every') return undefined;
    at += 1;
  } else if (lower !== 'every' && lower !== 'each') {
    return undefined;
  }
  const unit = timeUnitSeconds(tokens[at]);
  if (unit !== undefined) return notePeriod(state, index, at + 1, count, unit);
  // 'each 10 seconds' is a period like 'every 10 seconds'; 'each device' is not.
  if (lower === 'each' && !(tokens[at]?.kind === 'number' && timeUnitSeconds(tokens[at + 1]) !== undefined)) return undefined;
  const duration = readDuration(tokens, at, true);
  return duration ? notePeriod(state, index, duration.next, count, duration.seconds, duration.unitSeconds) : undefined;
}

/** Where a refresh verb stands just before the period, or before its object ('updated every…', 'drop it in S3 every…'); -1 when none. */
function refreshVerbBefore(tokens: readonly Token[], first: number): number {
  for (let at = first - 1; at >= Math.max(0, first - 5) && tokens[at].clause === tokens[first].clause; at -= 1) {
    if (REFRESH_VERBS.has(tokens[at].lemma)) return at;
  }
  return -1;
}

/** Verbs whose period is how fresh the data is where it lands: 'updated every 5 s', 'dropped in S3 every 5 minutes'. */
const REFRESH_VERBS = new Set(['update', 'refresh', 'recompute', 'recalculate', 'land', 'deliver', 'drop', 'load', 'flush', 'publish', 'sync']);

function notePeriod(state: ScanState, first: number, next: number, count: number, seconds: number | undefined, unitSeconds?: number): number {
  const { tokens } = state;
  consume(state, first, next - 1);
  // 'updated every few minutes': a vague period still says how fresh what it refreshes is.
  const verb = refreshVerbBefore(tokens, first);
  if (seconds === undefined && unitSeconds !== undefined && unitSeconds < 3600 && verb >= 0) {
    addReading(state, 'latency', latencyOf({ seconds: unitSeconds * 3, unitSeconds, next }), verb, next - 1);
  }
  if (seconds === undefined || seconds <= 0) return next;
  const from = tokens[first];
  state.periods.push({ count, seconds, start: from.start, end: tokens[next - 1].end, sentence: from.sentence });
  // 'counts updated every 5 s': what is refreshed on a period is that fresh.
  if (verb >= 0 && seconds < 3600) addReading(state, 'latency', latencyOf({ seconds, unitSeconds: seconds, next }), verb, next - 1);
  // Data that arrives hourly or less often cannot be fresher than that.
  if (seconds >= 3600) {
    // How often a model is retrained is no freshness of the data ('retrain it every month').
    addReading(state, 'latency', 'batch', first, next - 1, { unless: 'retrain' });
    addReading(state, 'processing.etlTrigger', 'schedule', first, next - 1, { when: 'etl' });
  }
  return next;
}

const LATENCY_NOUNS = new Set(['latency', 'lag', 'lags', 'delay', 'freshness']);
const APPROXIMATELY = new Set(['~', 'about', 'around', 'roughly', 'approx', 'approximately']);
const LATENCY_LINKS = new Set(['of', 'by', 'under', 'below', 'within', 'is', 'around', 'about', 'target', 'budget', ':', '<', 'must', 'should', 'be', 'stay', 'remain', 'at', 'most', 'up', 'to']);

/** Where the duration of a latency phrase starts, or -1: 'within', 'under', 'in under', 'less than', 'latency of'… */
function latencyDurationStart(tokens: readonly Token[], index: number): number {
  const lower = tokens[index].lower;
  const after = tokens[index + 1]?.lower;
  if (lower === 'within' || lower === 'under' || lower === 'below' || lower === '<') return APPROXIMATELY.has(tokens[index + 1]?.lower ?? '') ? index + 2 : index + 1;
  if (lower === 'less' && after === 'than') return index + 2;
  if (lower === 'at' && after === 'most') return index + 2;
  if (lower === 'no' && (after === 'more' || after === 'longer') && tokens[index + 2]?.lower === 'than') return index + 3;
  if (lower === 'in') {
    if (after === 'under') return index + 2;
    if (after === 'less' && tokens[index + 2]?.lower === 'than') return index + 3;
    // 'in a few seconds', 'in few minutes': as vague as 'in seconds'.
    if (after === 'few' || (after === 'a' && tokens[index + 2]?.lower === 'few')) return isPluralTimeUnit(tokens[index + (after === 'a' ? 3 : 2)]) ? index + 1 : -1;
    return isPluralTimeUnit(tokens[index + 1]) ? index + 1 : -1;
  }
  if (!LATENCY_NOUNS.has(lower)) return -1;
  let at = index + 1;
  while (at < index + 4 && LATENCY_LINKS.has(tokens[at]?.lower ?? '')) at += 1;
  return at;
}

/**
 * Deadlines that are no freshness of the data: erasing it ('delete their rows within 30 days'), recovering it,
 * answering a request, a batch run finishing ('has to finish within 2 hours' is the run's window), or what a forecast foresees.
 */
const DEADLINE_VERBS = new Set([
  'delete', 'erase', 'remove', 'purge', 'forget', 'anonymize', 'anonymise', 'recover', 'restore', 'respond', 'fulfil', 'fulfill', 'comply',
  'finish', 'complete', 'lose', 'back', 'downtime', 'outage', 'cutover',
  // A forecast's horizon: 'projected to sell out of an item within ten minutes'.
  'predict', 'forecast', 'project', 'sell',
]);
function deadlineOfAnotherKind(tokens: readonly Token[], index: number): boolean {
  const clause = tokens[index].clause;
  for (let at = index - 1; at >= 0 && tokens[at].clause === clause; at -= 1) {
    // 'the answer has to come back in under fifty milliseconds' is how fast it answers, no service back after an outage.
    if (tokens[at].lemma === 'back' && tokens[at - 1]?.lemma === 'come') continue;
    if (DEADLINE_VERBS.has(tokens[at].lemma)) return true;
  }
  return false;
}

const OTHER_REGION = new Set(['second', 'another', 'other', 'secondary', 'dr']);

/**
 * The duration's clause speaks of data in a second or another Region ('must exist in the second Region within …'), or a lag
 * does after such a clause on its line ('must also exist in the second region; a lag of up to an hour is acceptable').
 */
function copyInAnotherRegion(tokens: readonly Token[], index: number, text: string): boolean {
  const clause = tokens[index].clause;
  const lag = tokens.slice(Math.max(0, index - 3), index + 1).some((token) => token.lemma === 'lag' && token.sentence === tokens[index].sentence);
  for (let at = index - 1; at >= 1; at -= 1) {
    const sameClause = tokens[at].clause === clause;
    const lineBefore = lag && tokens[at].sentence >= tokens[index].sentence - 1 && !text.slice(tokens[at].end, tokens[index].start).includes('\n');
    if (!sameClause && !lineBefore) break;
    if (tokens[at].lemma === 'region' && OTHER_REGION.has(tokens[at - 1].lower)) return true;
  }
  return false;
}

/**
 * Reads a freshness target at `index` ('within 200 milliseconds', 'in seconds',
 * 'under a minute', 'latency of 5 s', 'lag by a few minutes') as a latency.
 *
 * @example
 * readLatency(state, 0); // 'within a minute' → latency near-real-time
 */
export function readLatency(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const at = latencyDurationStart(tokens, index);
  if (at < 0 || deadlineOfAnotherKind(tokens, index)) return undefined;
  const duration = readDuration(tokens, at, true);
  if (!duration) return undefined;
  if (tokens[index].lower === 'in' && at === index + 1 && duration.seconds !== undefined) return undefined;
  // 'any new or changed file must exist in the second Region within fifteen minutes': how much a copy may lag is the recovery point.
  if (duration.seconds !== undefined && copyInAnotherRegion(tokens, index, state.text)) {
    addReading(state, 'resilience.recoveryPointMinutes', Math.ceil(duration.seconds / 60), index, duration.next - 1);
    consume(state, index, duration.next - 1);
    return duration.next;
  }
  addReading(state, 'latency', latencyOf(duration), index, duration.next - 1);
  consume(state, index, duration.next - 1);
  return duration.next;
}

/** Cues that name a replay window outright. */
const REPLAY_CUES = new Set(['replay', 'replayable', 'reprocess', 'reprocessing', 'reread', 'rewind', 'retention']);
/** Cues that keep data for a time: of a stream, of a lake or store, or of logs elsewhere; read by lemma. */
const KEEP_CUES = new Set(['retain', 'keep', 'hold', 'buffer', 'store', 'stay', 'remain', 'archive', 'preserve', 'kept']);
const RETENTION_STOPS = new Set(['within', 'under', 'below', 'latency', 'every', 'per', 'each', 'once', 'twice', 'times']);
/** What a retention is of: the sentence's nouns decide (a stream's replay, a lake's or store's history, logs kept elsewhere). */
const STREAM_NOUNS = new Set(['stream', 'topic', 'kafka', 'kinesis', 'bus', 'broker', 'msk', 'shard', 'partition', 'replay', 'replayable']);
const STORE_NOUNS = new Set([
  'lake', 's3', 'bucket', 'table', 'warehouse', 'searchable', 'queryable', 'archive', 'archived', 'history', 'opensearch', 'index',
  'glacier', 'redshift', 'hot', 'cold', 'curated', 'sql', 'query', 'immutably', 'warranty', 'audit', 'research', 'compliance', 'legal',
]);
/** Stores outside the pipeline the advisor plans: a retention there sets no field ('app logs are kept 30 days in CloudWatch'). */
const ELSEWHERE = new Set(['cloudwatch', 'unrelated', 'splunk']);
const DAY = 86_400;

type RetentionField = 'ingestion.retentionHours' | 'data.retentionDays';

/**
 * What a retention of `seconds` at token `index` is of: a stream's replay window (a replay cue or a
 * stream named nearby, or a short window with no store named), the data kept in a lake or store (a
 * store named nearby, or a month or more), or nothing (logs kept outside the pipeline).
 */
function retentionOf(tokens: readonly Token[], index: number, seconds: number, replay: boolean): RetentionField | undefined {
  if (sentenceHas(tokens, index, ELSEWHERE)) return undefined;
  if (replay) return 'ingestion.retentionHours';
  const of = nearestRole(tokens, index, RETAINED);
  if (of === 'stream') return 'ingestion.retentionHours';
  if (of === 'store' || seconds >= 30 * DAY) return 'data.retentionDays';
  return 'ingestion.retentionHours';
}

const RETAINED: ReadonlyMap<string, 'stream' | 'store'> = new Map([
  ...[...STREAM_NOUNS].map((noun) => [noun, 'stream'] as const),
  ...[...STORE_NOUNS].map((noun) => [noun, 'store'] as const),
]);

function addRetention(state: ScanState, field: RetentionField, seconds: number, first: number, last: number): void {
  const value = field === 'data.retentionDays' ? Math.round(seconds / DAY) : Math.ceil(seconds / 3600);
  addReading(state, field, value, first, last);
}

/**
 * Reads a retention after a cue at `index` ('replay for up to a week', 'keep 3 days', 'kept for
 * 10 years', 'retention of 24 hours'): a stream's in hours, a lake's or store's in days. 'keep
 * CDC running for 2 weeks' keeps something going, not data.
 *
 * @example
 * readRetention(state, 0); // 'keep 3 days' → ingestion.retentionHours 72
 */
export function readRetention(state: ScanState, index: number): number | undefined {
  const { tokens, consumed } = state;
  const cue = tokens[index];
  // 're-read the last 3 days … from the stream' replays as 'reread' does.
  const reread = cue.lower === 'read' && cue.hyphen && tokens[index - 1]?.lower === 're';
  const replay = reread || REPLAY_CUES.has(cue.lemma) || REPLAY_CUES.has(cue.lower);
  if (!replay && !KEEP_CUES.has(cue.lemma) && !KEEP_CUES.has(cue.lower)) return undefined;
  // 'Each store sends 200 events a minute': a shop, not the verb.
  if (cue.lemma === 'store' && cue.pos !== 'VERB') return undefined;
  // A replay cue is specific enough to reach further: 'replayable from the ingestion layer for not less than seven (7) days'.
  const reach = replay ? 10 : 8;
  for (let at = index + 1; at <= index + reach && at < tokens.length; at += 1) {
    const token = tokens[at];
    if (consumed[at] || token.clause !== cue.clause || RETENTION_STOPS.has(token.lower)) return undefined;
    if (token.pos === 'VERB' && token.lower.endsWith('ing')) return undefined;
    const duration = readDuration(tokens, at, false);
    // A count that is no duration ('sends 200 events a minute') makes the period after it a rate.
    if (!duration && token.kind === 'number') return undefined;
    // 'kept no more than 15 minutes behind' is how fresh a copy stays, not how long data is kept.
    if (duration && AFTER_LATENCY.has(tokens[duration.next]?.lower ?? '')) return undefined;
    if (duration?.seconds !== undefined && duration.seconds >= 60) {
      const field = retentionOf(tokens, index, duration.seconds, replay);
      if (field) addRetention(state, field, duration.seconds, index, duration.next - 1);
      // The words between stay to be read: 'kept in S3 for 1 year' also says where the data goes.
      consume(state, index, index);
      consume(state, at, duration.next - 1);
      return duration.next;
    }
  }
  return undefined;
}

/** Nouns after a duration that make it a freshness: '5 seconds of latency', 'a minute buffer', '10-30 s windows'. */
const AFTER_LATENCY = new Set(['latency', 'delay', 'lag', 'freshness', 'old', 'stale', 'behind', 'buffer', 'buffering', 'window', 'windows']);
function vagueLatency(tokens: readonly Token[], index: number): Duration | undefined {
  const duration = readDuration(tokens, index, true);
  const after = tokens[duration?.next ?? -1]?.lower === 'of' ? (duration?.next ?? 0) + 1 : (duration?.next ?? -1);
  if (!duration || !AFTER_LATENCY.has(tokens[after]?.lower ?? '')) return undefined;
  return { ...duration, seconds: duration.seconds ?? duration.unitSeconds * 3 };
}

const AFTER_RETENTION = new Set(['retention', 'replay', 'history', 'backlog', 'replayability']);
const RETENTION_OF = new Set(['topic', 'stream', 'data', 'log', 'lake', 'raw']);

/**
 * Reads a duration followed by what it measures ('5 seconds of latency',
 * '7-day retention', '24 hours of replay', '100 ms end-to-end').
 *
 * @example
 * readDurationNoun(state, 0); // '7-day retention' → ingestion.retentionHours 168
 */
export function readDurationNoun(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  // 'few seconds delay ok': a vague duration still names a freshness.
  const duration = readDuration(tokens, index, false) ?? vagueLatency(tokens, index);
  if (duration?.seconds === undefined) return undefined;
  let at = duration.next;
  if (tokens[at]?.lower === 'of') at += 1;
  // '7-day topic retention': one noun may name what is retained.
  if (RETENTION_OF.has(tokens[at]?.lemma ?? '') && AFTER_RETENTION.has(tokens[at + 1]?.lower ?? '')) at += 1;
  const noun = tokens[at]?.lower ?? '';
  const endToEnd = noun === 'end' && tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.lower === 'end';
  if (AFTER_LATENCY.has(noun) || endToEnd) {
    addReading(state, 'latency', latencyOf(duration), index, endToEnd ? at + 2 : at);
  } else if (AFTER_RETENTION.has(noun) && duration.seconds >= 60) {
    const field = retentionOf(tokens, index, duration.seconds, noun === 'replay' || noun === 'replayability');
    if (field) addRetention(state, field, duration.seconds, index, at);
  } else {
    return undefined;
  }
  consume(state, index, endToEnd ? at + 2 : at);
  return (endToEnd ? at + 2 : at) + 1;
}
