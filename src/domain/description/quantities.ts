import { readDurationNoun, readLatency, readPeriod, readRetention } from './durations.js';
import { readNumber, type NumberRead } from './number-words.js';
import { addReading, consume, type ScanState } from './reading.js';
import type { Token } from './tokens.js';
import { readPer, sizeUnit, timeUnitSeconds, toMegabytes, type SizeUnit } from './units.js';

/** What one record is called: '500k events per second', 'a 400-byte reading'. */
const RECORD_NOUNS = new Set([
  'record', 'records', 'event', 'events', 'message', 'messages', 'reading', 'readings', 'row', 'rows',
  'write', 'writes', 'item', 'items', 'document', 'documents', 'line', 'lines', 'click', 'clicks',
  'request', 'requests', 'msg', 'msgs', 'update', 'updates', 'insert', 'inserts', 'point', 'points', 'datapoints',
  'measurement', 'measurements', 'sample', 'samples', 'payload', 'payloads', 'entry', 'entries',
  'transaction', 'transactions', 'object', 'objects', 'file', 'files', 'image', 'images', 'photo',
  'photos', 'picture', 'pictures', 'frame', 'frames', 'packet', 'packets', 'tweet', 'tweets', 'order', 'orders',
]);
/** Words allowed between a number and its noun: '500k JSON events', '20,000 connected IoT devices'. */
const ADJECTIVES = new Set([
  'json', 'small', 'tiny', 'large', 'big', 'clickstream', 'click', 'log', 'iot', 'sensor', 'telemetry', 'raw',
  'individual', 'new', 'user', 'kafka', 'distinct', 'incoming', 'data', 'connected', 'smart', 'remote', 'field',
  'edge', 'industrial', 'security', 'retail', 'ip', 'cctv', 'delivery', 'mobile', 'different', 'separate',
  'independent', 'downstream', 'internal', 'other', 'analytics', 'active', 'deployed', 'wind', 'average',
  'compressed', 'csv', 'avro', 'web', 'application', 'app',
]);
/** Things that write data, counted as producers: '50,000 sensors', 'a million phones'. */
const PRODUCER_NOUNS = new Set([
  'device', 'devices', 'sensor', 'sensors', 'camera', 'cameras', 'vehicle', 'vehicles', 'car', 'cars',
  'truck', 'trucks', 'meter', 'meters', 'turbine', 'turbines', 'gateway', 'gateways', 'phone', 'phones',
  'smartphones', 'robot', 'robots', 'drone', 'drones', 'kiosk', 'kiosks', 'terminal', 'terminals',
  'store', 'stores', 'producer', 'producers', 'thermostat', 'thermostats', 'tracker', 'trackers', 'wearables',
]);
/** Producers only after 'from' or 'across': 'logs from 80 servers' (but not '10 servers run Spark'). */
const WEAK_PRODUCER_NOUNS = new Set([
  'server', 'servers', 'host', 'hosts', 'instance', 'instances', 'machine', 'machines', 'application',
  'applications', 'app', 'apps', 'service', 'services', 'microservices', 'website', 'websites', 'site', 'sites', 'shops',
]);
/** Independent readers of the stream: 'three teams read the stream', '4 consumers'. */
const CONSUMER_NOUNS = new Set(['consumers', 'readers', 'subscribers']);
const CONSUMER_GROUPS = new Set([
  'team', 'teams', 'application', 'applications', 'app', 'apps', 'service', 'services', 'microservices',
  'system', 'systems', 'jobs', 'departments', 'groups',
]);
const CONSUME_VERBS = new Set([
  'read', 'reads', 'consume', 'consumes', 'subscribe', 'subscribes', 'process', 'processes', 'tap', 'taps', 'pull', 'pulls',
]);
/** '…is read by three teams'. */
const READ_BY = new Set(['read', 'consumed', 'used', 'shared', 'accessed', 'queried', 'subscribed']);

function skipAdjectives(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at < index + 2 && ADJECTIVES.has(tokens[at]?.lower ?? '')) at += 1;
  return at;
}

function isPerProducerWord(token: Token | undefined): boolean {
  return token !== undefined && (PRODUCER_NOUNS.has(token.lower) || WEAK_PRODUCER_NOUNS.has(token.lower));
}

/** A rate stated per producer: 'sensors each send…', 'each camera streams…', '…2 Mbps each', '…per device'. */
function perProducer(state: ScanState, first: number, next: number): { perProducer: boolean; next: number } {
  const { tokens } = state;
  const after = tokens[next]?.lower;
  if (after === 'each' || after === 'apiece') return { perProducer: true, next: next + 1 };
  if ((after === 'per' || after === 'from') && tokens[next + 1]?.lower === 'each' && isPerProducerWord(tokens[next + 2])) {
    return { perProducer: true, next: next + 3 };
  }
  if (after === 'per' && isPerProducerWord(tokens[next + 1])) return { perProducer: true, next: next + 2 };
  const sentence = tokens[first].sentence;
  for (let at = first - 1; at >= Math.max(0, first - 12) && tokens[at].sentence === sentence; at -= 1) {
    if (tokens[at].lower !== 'each') continue;
    const before = tokens[at - 1]?.lower === ',' ? tokens[at - 2] : tokens[at - 1];
    if (isPerProducerWord(before) || isPerProducerWord(tokens[at + 1])) {
      return { perProducer: true, next };
    }
  }
  return { perProducer: false, next };
}

/**
 * A rate from `first` to `next`; the words in `named` (the record's adjectives
 * and noun, 'sensor readings') stay for the phrase reader, which may find a source in them.
 */
function addRate(
  state: ScanState,
  field: 'ingestion.recordsPerSecond' | 'ingestion.throughputMBps',
  value: number,
  first: number,
  next: number,
  named?: { first: number; last: number },
): number {
  const { tokens } = state;
  const per = perProducer(state, first, next);
  const last = per.next - 1;
  if (per.perProducer) {
    const from = tokens[first];
    state.perProducerRates.push({ field, value, start: from.start, end: tokens[last].end, sentence: from.sentence });
  } else {
    addReading(state, field, value, first, last);
  }
  if (named) {
    consume(state, first, named.first - 1);
    consume(state, named.last + 1, last);
  } else {
    consume(state, first, last);
  }
  return per.next;
}

/** True when the size at `first`..`next` is the size of one record: '1 KB records', 'messages are about 2 KB'. */
function isRecordSize(tokens: readonly Token[], first: number, next: number): boolean {
  const after = tokens[next]?.lower ?? '';
  if (after === 'each' || after === 'apiece' || after === 'per') return true;
  if (RECORD_NOUNS.has(tokens[skipAdjectives(tokens, next)]?.lower ?? '')) return true;
  const clause = tokens[first].clause;
  for (let at = first - 1; at >= first - 5 && at >= 0 && tokens[at].clause === clause; at -= 1) {
    if (RECORD_NOUNS.has(tokens[at].lower) || tokens[at].lower === 'size') return true;
  }
  return false;
}

/** A size: a rate ('30 MB/s'), a record size ('400-byte reading') or a stored volume ('2 PB'). */
function readSize(state: ScanState, first: number, number: NumberRead, unit: SizeUnit): number {
  const { tokens } = state;
  const afterUnit = number.next + 1;
  const per = unit.perSecond ? { seconds: 1, next: afterUnit } : readPer(tokens, afterUnit);
  if (per) return addRate(state, 'ingestion.throughputMBps', toMegabytes(number.value, unit, 0) / per.seconds, first, per.next);
  if (isRecordSize(tokens, first, afterUnit)) {
    const each = tokens[afterUnit]?.lower === 'each' ? afterUnit : number.next;
    addReading(state, 'ingestion.recordSizeKB', toMegabytes(number.value, unit, 3), first, each);
    consume(state, first, each);
    return each + 1;
  }
  const terabytes = toMegabytes(number.value, unit, -6);
  if (unit.multiplier * 10 ** unit.power >= 1000) {
    addReading(state, 'data.volumeTB', terabytes, first, number.next);
    // Petabyte-scale data needs massively parallel compute (derived from the volume).
    if (terabytes >= 1000) addReading(state, 'processing.massivelyParallel', true, first, number.next, { derived: true });
  }
  consume(state, first, number.next);
  return afterUnit;
}

/** A count: records per second, producers ('from 20,000 devices') or consumers ('three teams read'). */
function readCount(state: ScanState, first: number, number: NumberRead): number | undefined {
  const { tokens } = state;
  const value = number.value;
  const nounAt = skipAdjectives(tokens, number.next);
  const noun = tokens[nounAt]?.lower ?? '';
  if (noun === 'times') {
    const per = readPer(tokens, nounAt + 1);
    if (!per) return undefined;
    const from = tokens[first];
    state.periods.push({ count: value, seconds: per.seconds, start: from.start, end: tokens[per.next - 1].end, sentence: from.sentence });
    consume(state, first, per.next - 1);
    return per.next;
  }
  if (noun === 'eps' || noun === 'rps' || noun === 'tps') return addRate(state, 'ingestion.recordsPerSecond', value, first, nounAt + 1);
  // Without a record noun only an explicit 'per second' counts: '3 million daily active users' is no rate.
  const recordNoun = RECORD_NOUNS.has(noun);
  const countPer = recordNoun ? readPer(tokens, nounAt + 1) : readPer(tokens, number.next, false);
  if (countPer) {
    const named = recordNoun ? { first: number.next, last: nounAt } : undefined;
    return addRate(state, 'ingestion.recordsPerSecond', value / countPer.seconds, first, countPer.next, named);
  }
  const before = tokens[first - 1]?.lower;
  const fromOrAcross = before === 'from' || before === 'across';
  if (PRODUCER_NOUNS.has(noun) || (fromOrAcross && WEAK_PRODUCER_NOUNS.has(noun))) {
    const producers = Math.round(value);
    const from = tokens[first];
    addReading(state, 'ingestion.producers', producers, first, nounAt);
    state.producers.push({ value: producers, start: from.start, end: tokens[nounAt].end, sentence: from.sentence });
    consume(state, first, number.next - 1);
    return number.next;
  }
  const readBy = tokens[first - 1]?.lower === 'by' && READ_BY.has(tokens[first - 2]?.lower ?? '');
  const verbAt = [nounAt + 1, nounAt + 2, nounAt + 3].find((at) => CONSUME_VERBS.has(tokens[at]?.lower ?? ''));
  const groupReads = CONSUMER_GROUPS.has(noun) && (verbAt !== undefined || readBy);
  if (CONSUMER_NOUNS.has(noun) || groupReads) {
    const last = verbAt !== undefined && !readBy && !CONSUMER_NOUNS.has(noun) ? verbAt : nounAt;
    addReading(state, 'ingestion.consumers', Math.round(value), first, last);
    consume(state, first, number.next - 1);
    return number.next;
  }
  return undefined;
}

/** Quantities that start with a number. */
function readNumberLed(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const number = readNumber(tokens, index);
  if (!number) return undefined;
  if (number.vague || !(number.value >= 0)) return number.next;
  const unit = sizeUnit(tokens[number.next]);
  if (unit) return readSize(state, index, number, unit);
  const used = timeUnitSeconds(tokens[number.next]) !== undefined ? readDurationNoun(state, index) : readCount(state, index, number);
  // A number nothing uses is skipped whole: re-reading it from each of its words would be quadratic.
  return used ?? number.next;
}

/**
 * Reads every quantity of the text in one left-to-right pass over the tokens:
 * rates, sizes, volumes, counts, periods, latencies and replay windows.
 *
 * @example
 * const state = createScanState(text, tokenize(text));
 * scanQuantities(state); // state.readings now holds e.g. ingestion.throughputMBps 30
 */
export function scanQuantities(state: ScanState): void {
  const { tokens, consumed } = state;
  for (let i = 0; i < tokens.length; i += 1) {
    if (consumed[i] || (tokens[i].kind === 'mark' && tokens[i].lower !== '<')) continue;
    const next = readPeriod(state, i) ?? readLatency(state, i) ?? readRetention(state, i) ?? readNumberLed(state, i);
    if (next !== undefined && next > i + 1) i = next - 1;
  }
}
