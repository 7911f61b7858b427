import { readDurationNoun, readLatency, readPeriod, readRetention } from './durations.js';
import { readNumber, type NumberRead } from './number-words.js';
import { readClockWindow, readRecoveryObjective, readRunWindow } from './objectives.js';
import { addReading, addSpanReading, consume, type ProducerFact, type ScanState } from './reading.js';
import { nearestRole, sentenceHas } from './sentence-roles.js';
import type { Token } from './tokens.js';
import { mediaDuration, readPer, sizeUnit, timeUnitSeconds, toMegabytes, type SizeUnit } from './units.js';

/** What one record is called, by lemma (singular and plural alike): '500k events per second', 'a 400-byte reading'. */
const RECORD_NOUNS = new Set([
  'record', 'event', 'message', 'reading', 'row', 'write', 'item', 'document', 'line', 'click', 'msg', 'update',
  'insert', 'point', 'datapoint', 'measurement', 'sample', 'payload', 'entry', 'transaction', 'object', 'image',
  'photo', 'picture', 'frame', 'packet', 'tweet', 'order', 'change', 'ping', 'notification', 'quote', 'tick', 'trade', 'bid',
  'value', 'observation', 'metric', 'answer', 'vote', 'tap', 'bet', 'swipe', 'impression', 'reaction',
]);
/** What a batch drop is called: a size per file is no record size. */
/** One delivery a batch run reads: '20 GB per drop', '300 GB each run'. */
const RUN_NOUNS = new Set(['drop', 'run', 'batch', 'load', 'delivery', 'job', 'cycle']);
const STILL_PICTURES = new Set(['photo', 'image', 'picture', 'scan', 'jpeg', 'jpg']);
const FILE_NOUNS = new Set(['file', 'export', 'extract', 'dump', 'snapshot', 'upload']);
/** Calls to an API or a model: never records ingested; requests to a model are `ml.requestsPerSecond`. */
const REQUEST_NOUNS = new Set(['request', 'call', 'invocation', 'prediction', 'inference', 'query', 'querys', 'lookup', 'read', 'hit', 'question', 'prompt']);
/** Requests people put to an assistant: a model's requests wherever the description names the model or assistant. */
const ASKING_NOUNS = new Set(['question', 'prompt']);
/** A sentence about serving a model: its request rate is the model's. */
const MODEL_CUES = new Set(['model', 'inference', 'predict', 'prediction', 'endpoint', 'scoring', 'score', 'recommendation', 'sagemaker', 'classifier', 'llm', 'assistant', 'chatbot']);
/** Verbs of a call to a model or API: 'would call the model', 'hit the endpoint'. */
const CALL_VERBS = new Set(['call', 'query', 'hit', 'invoke', 'ask']);

/** The count's sentence has something call a model a few words later ('… would call the model'). */
function callsModel(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  for (let at = first + 1; at < tokens.length && tokens[at].sentence === sentence; at += 1) {
    if (!CALL_VERBS.has(tokens[at].lemma)) continue;
    for (let object = at + 1; object <= at + 3 && object < tokens.length && tokens[object].sentence === sentence; object += 1) if (MODEL_CUES.has(tokens[object].lemma)) return true;
  }
  return false;
}

/** Cues that make a size the input of one batch run rather than the data stored. */
const RUN_OR_STORED: ReadonlyMap<string, 'run' | 'stored'> = new Map([
  ...['run', 'delta', 'incremental', 'change', 'changed', 'job', 'nightly', 'daily', 'weekly', 'hourly', 'night', 'read', 'process'].map(
    (cue) => [cue, 'run'] as const,
  ),
  ...['total', 'hold', 'store', 'size', 'lake', 'warehouse', 'archive', 'history', 'overall', 'already', 'today', 'currently', 'sit', 'database', 'allready'].map(
    (cue) => [cue, 'stored'] as const,
  ),
]);
/** Cues that make an amount per day or hour the input of one run ('reads the 6 TB daily delta'), not a rate of arrival. */
const RUN_INPUT: ReadonlyMap<string, 'run'> = new Map(
  ['delta', 'incremental', 'increment', 'change', 'changed', 'job', 'read', 'export', 'dump', 'snapshot', 'extract', 'drop'].map((cue) => [cue, 'run'] as const),
);
const NIGHT_WORDS = new Set(['night', 'nightly']);
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
  'device', 'sensor', 'camera', 'vehicle', 'car', 'truck', 'meter', 'turbine', 'gateway', 'phone', 'smartphone',
  'robot', 'drone', 'kiosk', 'terminal', 'store', 'producer', 'thermostat', 'tracker', 'wearable', 'van', 'lorry',
  'vessel', 'ship', 'locomotive', 'wagon', 'railcar', 'crane', 'bus', 'scooter', 'bike', 'doorbell', 'plc', 'pump', 'charger', 'inverter', 'monitor', 'probe',
  'beacon', 'tag', 'controller', 'appliance', 'validator', 'turnstile', 'gate', 'scanner', 'station', 'thermocouple', 'roaster',
  'furnace', 'kiln', 'oven', 'console', 'toy', 'logger', 'datalogger', 'anemometer',
  'plow', 'plough', 'snowplow', 'spreader', 'gritter', 'tractor', 'forklift', 'excavator', 'harvester', 'taxi', 'ambulance', 'tram', 'boat', 'modem',
]);
/** Producers only after 'from' or 'across': 'logs from 80 servers' (but not '10 servers run Spark'). */
const WEAK_PRODUCER_NOUNS = new Set([
  'server', 'host', 'instance', 'machine', 'application', 'app', 'service', 'microservice', 'website', 'site', 'shop',
]);
const PER_WORDS = new Set(['per', 'a', 'an', 'each', 'every']);
/** Independent readers of the stream: 'three teams read the stream', '4 consumers'. */
const CONSUMER_NOUNS = new Set(['consumer', 'reader', 'subscriber']);
const CONSUMER_GROUPS = new Set(['team', 'application', 'app', 'service', 'microservice', 'system', 'job', 'department', 'group']);
const CONSUME_VERBS = new Set(['read', 'consume', 'subscribe', 'process', 'tap', 'pull']);
/** '…is read by three teams'. */
const READ_BY = new Set(['read', 'consumed', 'used', 'shared', 'accessed', 'queried', 'subscribed']);

/** Words between a number and its noun: known modifiers, or (by part of speech) adjectives and nouns that lead to a record noun ('5k row changes/s'). */
function skipAdjectives(tokens: readonly Token[], index: number): number {
  // 'in-store', 'roof-mounted': a hyphenated modifier is one word before the noun.
  if (tokens[index]?.kind === 'word' && tokens[index + 1]?.hyphen && tokens[index + 1].kind === 'word' && tokens[index + 2]?.kind === 'word') {
    const after = skipAdjectives(tokens, index + 2);
    if (isKnownNoun(tokens[after])) return after;
  }
  let at = index;
  while (at < index + 2 && ADJECTIVES.has(tokens[at]?.lower ?? '')) at += 1;
  if (isKnownNoun(tokens[at])) return headOf(tokens, at);
  for (let ahead = index; ahead < index + 3; ahead += 1) {
    const token = tokens[ahead];
    if (!token || token.kind !== 'word' || !isModifier(token)) break;
    if (isKnownNoun(token)) return headOf(tokens, ahead);
  }
  return at;
}

/** The head of two known nouns in a row is the second: 'quote requests', 'order events'. */
function headOf(tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1];
  return next?.kind === 'word' && !next.hyphen && isKnownNoun(next) ? at + 1 : at;
}

const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);

/** An adjective, a noun or a participle ('connected', 'labelled') in front of a noun. */
function isModifier(token: Token): boolean {
  return token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN' || (token.pos === 'VERB' && token.lower.endsWith('ed'));
}

function isKnownNoun(token: Token | undefined): boolean {
  if (!token || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return false;
  const lemma = nounLemma(token);
  return RECORD_NOUNS.has(lemma) || PRODUCER_NOUNS.has(lemma) || CONSUMER_NOUNS.has(lemma) || REQUEST_NOUNS.has(lemma);
}

/** A noun's lemma ('sensors' → 'sensor'); any other word as written ('stored' is no 'store'). */
function nounLemma(token: Token | undefined): string {
  if (!token) return '';
  return token.pos === 'NOUN' || token.pos === 'PROPN' ? token.lemma : token.lower;
}

function isPerProducerWord(token: Token | undefined): boolean {
  return token !== undefined && (PRODUCER_NOUNS.has(nounLemma(token)) || WEAK_PRODUCER_NOUNS.has(nounLemma(token)));
}

/** A rate stated per producer: 'sensors each send…', 'each camera streams…', '…2 Mbps each', '…per device'. */
function perProducer(state: ScanState, first: number, next: number): { perProducer: boolean; next: number } {
  const { tokens } = state;
  const after = tokens[next]?.lower;
  // '…2.5 million taps a day each tap is tiny': 'each' before its own noun opens the next clause, no rate per producer.
  const eachOwnsNoun = after === 'each' && tokens[next + 1]?.kind === 'word' && RECORD_NOUNS.has(nounLemma(tokens[next + 1]));
  if ((after === 'each' && !eachOwnsNoun) || after === 'apiece') return { perProducer: true, next: next + 1 };
  if ((after === 'per' || after === 'from') && tokens[next + 1]?.lower === 'each' && isPerProducerWord(tokens[next + 2])) {
    return { perProducer: true, next: next + 3 };
  }
  if (after === 'per' && isPerProducerWord(tokens[next + 1])) return { perProducer: true, next: next + 2 };
  const sentence = tokens[first].sentence;
  for (let at = first - 1; at >= Math.max(0, first - 12) && tokens[at].sentence === sentence; at -= 1) {
    // 'sensors each send…', 'each camera streams…', 'every car sends two messages per minute'.
    if (tokens[at].lower !== 'each' && tokens[at].lower !== 'every') continue;
    const before = tokens[at - 1]?.lower === ',' ? tokens[at - 2] : tokens[at - 1];
    if ((tokens[at].lower === 'each' && isPerProducerWord(before)) || isPerProducerWord(tokens[at + 1])) {
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
  count?: number,
  seconds?: number,
): number {
  const { tokens } = state;
  const per = perProducer(state, first, next);
  const last = per.next - 1;
  // 'one ping every 4 s' beside '25k drivers': a rate of each counted thing, which are the producers.
  if (!per.perProducer && count === 1 && promoteCounted(state, first)) per.perProducer = true;
  // 'We have 40 machines. Each machine sends 2 messages per second': a rate of each named thing makes the count the producers.
  if (promoteCountedEach(state, tokens[first].sentence)) per.perProducer = true;
  if (per.perProducer) {
    const from = tokens[first];
    state.perProducerRates.push({ field, value, start: from.start, end: tokens[last].end, sentence: from.sentence, period: seconds });
  } else {
    addReading(state, field, value, first, last, { period: seconds });
  }
  if (named) {
    consume(state, first, named.first - 1);
    consume(state, named.last + 1, last);
  } else {
    consume(state, first, last);
  }
  return per.next;
}

/**
 * 'Bay A with 140 tools … Each tool's interface emits records at 10 Hz': a sentence with no producers before it that says
 * 'each <thing>' of a thing counted in an earlier sentence makes that count the producers; false when it does not.
 */
export function promoteCountedEach(state: ScanState, sentence: number): boolean {
  const { tokens } = state;
  const known = state.producers.some((fact) => fact.sentence <= sentence);
  // Tokens run in sentence order: the scan ends with the sentence.
  for (let at = 0; at < tokens.length - 1 && tokens[at].sentence <= sentence; at += 1) {
    const token = tokens[at];
    if (token.sentence !== sentence || (token.lower !== 'each' && token.lower !== 'every')) continue;
    if (tokens[at + 1].sentence !== sentence) return false;
    const counted = namedAfterEach(state, at, tokens.length);
    // Producers read already stand, unless 'every kiln and dryer' adds other things counted to them.
    if (!counted || (known && (!counted.summed || state.producers.some((fact) => fact.summed && fact.value === counted.value)))) continue;
    takeAsProducers(state, counted);
    return true;
  }
  return false;
}

/** Verbs of a device reporting on its own ('~1,100 carts w/ GPS units, ping every 10s', 'the box in the cab sends position every 5 sec'). */
const REPORTING = new Set(['send', 'sends', 'ping', 'pings', 'push', 'pushes', 'report', 'reports', 'transmit', 'transmits', 'emit', 'emits', 'publish', 'publishes', 'beacon', 'beacons', 'phones']);

/** Something in the sentence reports on its own ('the box in the cab sends position + spread rate every 5 sec'). */
export const reportsOnItsOwn = (state: ScanState, sentence: number) => state.tokens.some((token) => token.sentence === sentence && REPORTING.has(token.lower));

/**
 * 'OPS-77: ~1,100 carts w/ GPS units, ping every 10s': with no producers yet, things counted in a sentence where something
 * reports every few seconds or minutes are the producers.
 */
export function promoteCountedReporter(state: ScanState, sentence: number): boolean {
  if (state.producers.some((fact) => fact.sentence <= sentence) || !reportsOnItsOwn(state, sentence)) return false;
  // Devices report every few seconds or minutes; what is sent each week is a batch ('each week we extract the three registers … and send them').
  const period = state.periods.find((fact) => fact.sentence === sentence);
  if (!period || period.seconds > 3600) return false;
  const counted = state.counted.findLast((fact) => fact.sentence === sentence && !fact.onlyWhenNamed);
  if (!counted) return false;
  takeAsProducers(state, counted);
  return true;
}

/** Things counted become the producers: their count is read as `ingestion.producers`. */
function takeAsProducers(state: ScanState, counted: ProducerFact): void {
  state.producers.push(counted);
  addSpanReading(state, 'ingestion.producers', counted.value, counted.start, counted.end, counted.sentence);
}

/**
 * The things counted earlier that the sentence names after 'each' or 'every' before `first`, added up when joined by
 * 'and' ('1,450 freezers and 60 tanks in 3 sites. Every freezer and tank has a probe…' → 1,510, never the sites).
 */
function countedNamedByEach(state: ScanState, first: number): ProducerFact | undefined {
  const { tokens } = state;
  const sentence = tokens[first].sentence;
  for (let at = first - 1; at >= 0 && tokens[at].sentence === sentence; at -= 1) {
    if (tokens[at].lower === 'each' || tokens[at].lower === 'every') return namedAfterEach(state, at, first);
  }
  return undefined;
}

/** The things counted before the 'each' or 'every' at `each` that the nouns after it (before `end`) name, added up. */
function namedAfterEach(state: ScanState, each: number, end: number): ProducerFact | undefined {
  const { tokens } = state;
  const named: ProducerFact[] = [];
  for (let noun = each + 1; noun < end && tokens[noun].kind === 'word' && tokens[noun].sentence === tokens[each].sentence; noun += 2) {
    const lemma = nounLemma(tokens[noun]).replace(/'s$/, '');
    const counted = [...state.counted, ...state.producers].findLast((fact) => fact.noun === lemma && !fact.summed && fact.end <= tokens[each].start);
    if (counted && !named.includes(counted)) named.push(counted);
    if (tokens[noun + 1]?.lower !== 'and' && tokens[noun + 1]?.lower !== 'or') break;
  }
  if (named.length <= 1) return named[0];
  const value = named.reduce((sum, fact) => sum + fact.value, 0);
  return { value, start: Math.min(...named.map((fact) => fact.start)), end: Math.max(...named.map((fact) => fact.end)), sentence: named[0].sentence, noun: named[0].noun, summed: true };
}

/** Makes the last thing counted before `first` in its sentence ('25k drivers') the producers; false when there is none. */
function promoteCounted(state: ScanState, first: number): boolean {
  const { tokens } = state;
  if (state.producers.some((fact) => fact.sentence === tokens[first].sentence)) return true;
  // '6 drum roasters; the controller gives one JSON line per second': the thing counted may close the sentence before.
  const sentence = tokens[first].sentence;
  const counted =
    countedNamedByEach(state, first) ??
    state.counted.findLast((fact) => fact.sentence === sentence && fact.end <= tokens[first].start && !fact.onlyWhenNamed) ??
    (state.producers.some((fact) => fact.sentence === sentence - 1) ? undefined : state.counted.findLast((fact) => fact.sentence === sentence - 1 && !fact.onlyWhenNamed));
  if (!counted) return false;
  takeAsProducers(state, counted);
  return true;
}

/** A network link's capacity ('10 Gbps Direct Connect', 'a 1 Gbps VPN'): bandwidth, not data written. */
const LINK_NOUNS = new Set(['connect', 'connection', 'link', 'uplink', 'circuit', 'vpn', 'bandwidth', 'pipe', 'port', 'interconnect', 'line', 'nic', 'transfer']);
/** Words between a link and a cap on it: 'the transfer must stay under two Gbps', 'bandwidth of 500 Mbps'. */
const CAP_WORDS = new Set(['of', 'is', 'a', 'about', 'under', 'below', 'stay', 'stays', 'must', 'at', 'most', 'max', 'capped', 'limited', 'to', 'less', 'than', 'no', 'more']);

function isLinkCapacity(tokens: readonly Token[], next: number, first?: number): boolean {
  for (let at = next; at < next + 3 && at < tokens.length && tokens[at].kind === 'word'; at += 1) if (LINK_NOUNS.has(nounLemma(tokens[at]))) return true;
  if (first === undefined) return false;
  // 'internet line: 200 Mbit/s', 'bandwidth of 500 Mbps': the link named just before the figure.
  for (let at = first - 1; at >= 0 && at >= first - 5 && tokens[at].sentence === tokens[first].sentence; at -= 1) {
    if (LINK_NOUNS.has(nounLemma(tokens[at]))) return true;
    if (tokens[at].kind === 'word' && !CAP_WORDS.has(tokens[at].lower)) return false;
  }
  return false;
}

/** True when the size at `first`..`next` is the size of one record: '1 KB records', 'messages are about 2 KB'. */
function isRecordSize(tokens: readonly Token[], first: number, next: number): boolean {
  const after = tokens[next]?.lower ?? '';
  if (after === 'each' || after === 'apiece' || after === 'per') return true;
  if (RECORD_NOUNS.has(nounLemma(tokens[skipAdjectives(tokens, next)]))) return true;
  const clause = tokens[first].clause;
  for (let at = first - 1; at >= first - 5 && at >= 0 && tokens[at].clause === clause; at -= 1) {
    if (RECORD_NOUNS.has(nounLemma(tokens[at])) || tokens[at].lower === 'size') return true;
  }
  return false;
}

/** True when the size at `first` is the size of one file or export ('about 50 MB per file', 'files of 2 GB'): no record size. */
function isFileSize(tokens: readonly Token[], first: number, next: number): boolean {
  const after = tokens[next]?.lower;
  if ((after === 'per' || after === 'each' || after === 'a') && FILE_NOUNS.has(nounLemma(tokens[next + 1]))) return true;
  if (FILE_NOUNS.has(nounLemma(tokens[next]))) return true;
  const before = tokens[first - 1]?.lower === 'of' || tokens[first - 1]?.lower === 'about' ? first - 2 : first - 1;
  return FILE_NOUNS.has(nounLemma(tokens[before])) && tokens[before]?.clause === tokens[first].clause;
}

/** A size: a rate ('30 MB/s'), a record size ('400-byte reading') or a stored volume ('2 PB'). */
function readSize(state: ScanState, first: number, number: NumberRead, unit: SizeUnit): number {
  const { tokens } = state;
  const afterUnit = number.next + 1;
  const per = unit.perSecond ? { seconds: 1, next: afterUnit } : readPer(tokens, afterUnit);
  const perMedia = per ? undefined : mediaDuration(tokens, afterUnit);
  if (perMedia !== undefined) {
    consume(state, first, perMedia - 1);
    return perMedia;
  }
  if (per && isLinkCapacity(tokens, per.next, first)) {
    consume(state, first, per.next - 1);
    return per.next;
  }
  // '10 Gb Direct Connect': bits with no period are a link's speed, never data stored.
  if (!per && unit.bits && isLinkCapacity(tokens, afterUnit)) {
    consume(state, first, number.next);
    return afterUnit;
  }
  // A size a night is what the nightly run reads ('roughly 800 GB a night'); otherwise a run cue nearby says so.
  const nightly = per !== undefined && NIGHT_WORDS.has(tokens[per.next - 1]?.lower ?? '');
  if (per && per.seconds >= 3600 && unit.multiplier * 10 ** unit.power >= 1000 && (nightly || nearestRole(tokens, first, RUN_INPUT) === 'run')) {
    addReading(state, 'processing.inputPerRunGB', toMegabytes(number.value, unit, -3), first, per.next - 1);
    consume(state, first, per.next - 1);
    return per.next;
  }
  if (per) return addRate(state, 'ingestion.throughputMBps', toMegabytes(number.value, unit, 0) / per.seconds, first, per.next, undefined, undefined, per.seconds);
  // 'up to 2 GB each': a gigabyte or more each is one file's size (a kilobyte each is a record's), never what is stored.
  const bigItem = toMegabytes(number.value, unit, 0) >= 1000 && (tokens[afterUnit]?.lower === 'each' || tokens[afterUnit]?.lower === 'apiece');
  if (bigItem || isFileSize(tokens, first, afterUnit)) {
    // 'about 50 MB per file' ends at its noun, 'up to 2 GB each' at 'each' (which may end the text).
    const after = tokens[afterUnit]?.lower;
    const last = after === 'per' && afterUnit + 1 < tokens.length ? afterUnit + 1 : after === 'each' || after === 'apiece' || after === 'per' ? afterUnit : number.next;
    const from = tokens[first];
    state.fileSizes.push({ megabytes: toMegabytes(number.value, unit, 0), start: from.start, end: tokens[last].end, sentence: from.sentence });
    consume(state, first, last);
    return last + 1;
  }
  // Bytes and kilobytes are the size of a record wherever nothing else claims them ('~300 B'); gigabytes never are.
  const megabytes = toMegabytes(number.value, unit, 0);
  if (megabytes < 1 || (megabytes < 1000 && isRecordSize(tokens, first, afterUnit))) {
    const each = tokens[afterUnit]?.lower === 'each' ? afterUnit : number.next;
    addReading(state, 'ingestion.recordSizeKB', toMegabytes(number.value, unit, 3), first, each);
    consume(state, first, each);
    return each + 1;
  }
  const terabytes = toMegabytes(number.value, unit, -6);
  // '~20 GB per drop', '300 GB each run': what one run reads.
  const perRun = (tokens[afterUnit]?.lower === 'per' || tokens[afterUnit]?.lower === 'each' || tokens[afterUnit]?.lower === 'a') && RUN_NOUNS.has(nounLemma(tokens[afterUnit + 1]));
  if (perRun && unit.multiplier * 10 ** unit.power >= 1000) {
    addReading(state, 'processing.inputPerRunGB', toMegabytes(number.value, unit, -3), first, afterUnit + 1);
    consume(state, first, afterUnit + 1);
    return afterUnit + 2;
  }
  if (unit.multiplier * 10 ** unit.power >= 1000 && nearestRole(tokens, first, RUN_OR_STORED) === 'run') {
    // What one batch run reads ('every night only the changed 300 GB'): sizes the run, not the store.
    addReading(state, 'processing.inputPerRunGB', toMegabytes(number.value, unit, -3), first, number.next);
  } else if (unit.multiplier * 10 ** unit.power >= 1000) {
    addReading(state, 'data.volumeTB', terabytes, first, number.next);
    // Petabyte-scale data needs massively parallel compute (derived from the volume).
    if (terabytes >= 1000) addReading(state, 'processing.massivelyParallel', true, first, number.next, { derived: true });
  }
  consume(state, first, number.next);
  return afterUnit;
}

/** Words that give each counted container its contents: 'each pen has 25 sensors', 'each crane carries 4'. */
const HOLDS = new Set(['has', 'have', 'holds', 'hold', 'carries', 'carry', 'contains', 'contain', 'gets', 'get', 'with']);
/** Words that only soften a number: 'each pen has about 25 sensors'. */
const ROUGHLY = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'maybe', 'nearly', 'almost', 'up', 'to']);

/**
 * A count times the containers it is counted in: '6 lines with 2 cameras each', 'two sensors per berth'
 * (after '60 berths'), 'fourteen pens, and each pen has about twenty-five sensors'. The containers are the
 * latest thing counted before, in this sentence or the one before, named by 'per' or 'each' where it is named.
 */
function countedThrough(state: ScanState, value: number, first: number, nounAt: number): { value: number; start: number } {
  const { tokens } = state;
  const start = tokens[first].start;
  const sentence = tokens[first].sentence;
  let container: string | undefined;
  let trailing = false;
  const after = tokens[nounAt + 1]?.lower;
  if (after === 'each' || after === 'apiece') trailing = true;
  else if (after === 'per' && tokens[nounAt + 2]?.pos === 'NOUN') container = nounLemma(tokens[nounAt + 2]);
  else if ((after === 'on' || after === 'in' || after === 'at' || after === 'for') && (tokens[nounAt + 2]?.lower === 'each' || tokens[nounAt + 2]?.lower === 'every')) {
    container = tokens[nounAt + 3]?.pos === 'NOUN' ? nounLemma(tokens[nounAt + 3]) : undefined;
  } else {
    let at = first - 1;
    while (at >= 0 && ROUGHLY.has(tokens[at].lower)) at -= 1;
    if (HOLDS.has(tokens[at]?.lower ?? '') && tokens[at - 1]?.pos === 'NOUN' && (tokens[at - 2]?.lower === 'each' || tokens[at - 2]?.lower === 'every')) container = nounLemma(tokens[at - 1]);
    // 'Nine halls, each with forty sensors': 'each' right before the holding word takes the things counted just before.
    else if (HOLDS.has(tokens[at]?.lower ?? '') && tokens[at - 1]?.lower === 'each') trailing = true;
  }
  if (!trailing && container === undefined) return summedWithEarlier(state, value, start, nounLemma(tokens[nounAt]), sentence);
  const near = (fact: ProducerFact) => fact.end <= start && (fact.sentence === sentence || fact.sentence === sentence - 1);
  const counted = [...state.counted, ...state.producers].filter(near).sort((a, b) => a.end - b.end);
  const holder = trailing ? counted.findLast((fact) => fact.sentence === sentence && !fact.onlyWhenNamed) : counted.findLast((fact) => fact.noun === container);
  return holder ? { value: value * holder.value, start: holder.start } : { value, start };
}

/** 'Bay A with 140 tools, Bay B with 95 tools and Bay C with 65 tools': counts of one thing in one sentence add up. */
function summedWithEarlier(state: ScanState, value: number, start: number, noun: string, sentence: number): { value: number; start: number } {
  const earlier = [...state.counted, ...state.producers].filter((fact) => fact.noun === noun && fact.sentence === sentence && fact.end <= start);
  // Each earlier count of the thing already holds the ones before it: add the latest.
  const latest = earlier.sort((a, b) => a.end - b.end).at(-1);
  return latest ? { value: value + latest.value, start: latest.start } : { value, start };
}

/**
 * '1.450 ultra-low freezer (-80 °C)': a count above one before a singular noun, as a non-native writer puts a plural. Kept
 * only for a later 'every freezer' to name: the head is the last of the nouns after the count, none of them a time unit.
 */
function countedInTheSingular(state: ScanState, first: number, nounAt: number, things: number): void {
  const { tokens } = state;
  if (tokens[nounAt]?.kind !== 'word') return;
  let head = nounAt;
  while (tokens[head + 1]?.kind === 'word' && (tokens[head + 1].hyphen || tokens[head + 1].pos === 'NOUN')) head += 1;
  for (let at = nounAt; at <= head; at += 1) if (tokens[at].pos !== 'NOUN' || timeUnitSeconds(tokens[at]) !== undefined) return;
  const noun = tokens[head];
  if (noun.lemma !== noun.lower || CONSUMER_GROUPS.has(noun.lemma) || CONSUMER_NOUNS.has(noun.lemma)) return;
  state.counted.push({ value: things, start: tokens[first].start, end: noun.end, sentence: noun.sentence, noun: noun.lemma, onlyWhenNamed: true });
}

/** 'eight fixed perimeter cameras (forty-eight in total)': the total in brackets after the things counted, and its closing bracket. */
function totalInBrackets(tokens: readonly Token[], nounAt: number): { value: number; last: number } | undefined {
  if (tokens[nounAt + 1]?.lower !== '(') return undefined;
  const number = readNumber(tokens, nounAt + 2);
  if (!number || number.vague) return undefined;
  let at = number.next;
  if (tokens[at]?.lower === 'in') at += 1;
  if (tokens[at]?.lower !== 'total' && tokens[at]?.lower !== 'overall' && tokens[at]?.lower !== 'altogether') return undefined;
  return tokens[at + 1]?.lower === ')' ? { value: Math.round(number.value), last: at + 1 } : undefined;
}

/** A count: records per second, producers ('from 20,000 devices') or consumers ('three teams read'). */
function readCount(state: ScanState, first: number, number: NumberRead): number | undefined {
  const { tokens } = state;
  const value = number.value;
  // 'one 2 KB JSON reading per second': a record's size between the count and what it counts.
  const size = tokens[number.next]?.kind === 'number' ? sizeUnit(tokens[number.next + 1]) : undefined;
  const nounAt = skipAdjectives(tokens, size ? number.next + 2 : number.next);
  const noun = nounLemma(tokens[nounAt]);
  if (size && RECORD_NOUNS.has(noun) && readPer(tokens, nounAt + 1)) {
    const sizeAt = number.next;
    addReading(state, 'ingestion.recordSizeKB', toMegabytes(tokens[sizeAt].value, size, 3), sizeAt, sizeAt + 1);
  } else if (size) {
    return undefined;
  }
  // 'three times a day', 'one time per week': how often, never a one-off.
  if (tokens[nounAt]?.lower === 'times' || (tokens[nounAt]?.lower === 'time' && PER_WORDS.has(tokens[nounAt + 1]?.lower ?? ''))) {
    const per = readPer(tokens, nounAt + 1);
    if (!per) return undefined;
    const from = tokens[first];
    state.periods.push({ count: value, seconds: per.seconds, start: from.start, end: tokens[per.next - 1].end, sentence: from.sentence });
    consume(state, first, per.next - 1);
    return per.next;
  }
  if (REQUEST_NOUNS.has(noun) || noun === 'rps') return readRequests(state, first, value, nounAt);
  // '25 Hz each': readings a second; 'a 50 Hz grid' names a frequency, not a rate.
  const hertz = noun === 'hz' && tokens[nounAt + 1]?.pos !== 'NOUN';
  if (noun === 'eps' || noun === 'tps' || hertz) return addRate(state, 'ingestion.recordsPerSecond', value, first, nounAt + 1, undefined, undefined, 1);
  // Without a record noun only an explicit 'per second' counts: '3 million daily active users' is no rate.
  const recordNoun = RECORD_NOUNS.has(noun);
  const countPer = recordNoun ? readPer(tokens, nounAt + 1) : readPer(tokens, number.next, false);
  // '350 of those per second show a panel that would call the model': what calls a model per second is its request rate.
  if (countPer && !recordNoun && callsModel(tokens, first)) {
    addReading(state, 'ml.requestsPerSecond', value / countPer.seconds, first, countPer.next - 1);
    addReading(state, 'ml.inference', true, first, countPer.next - 1, { derived: true });
    consume(state, first, countPer.next - 1);
    return countPer.next;
  }
  // 'about eight hundred photos a night': pictures brought in each night are a nightly batch of files, not a record rate.
  if (countPer && STILL_PICTURES.has(noun) && NIGHT_WORDS.has(tokens[countPer.next - 1]?.lower ?? '')) {
    addReading(state, 'ingestion.mode', 'batch', first, countPer.next - 1, { derived: true });
    consume(state, first, countPer.next - 1);
    return countPer.next;
  }
  if (countPer) {
    const named = recordNoun ? { first: number.next, last: nounAt } : undefined;
    return addRate(state, 'ingestion.recordsPerSecond', value / countPer.seconds, first, countPer.next, named, value, countPer.seconds);
  }
  const before = tokens[first - 1]?.lower;
  const fromOrAcross = before === 'from' || before === 'across';
  const things = Math.round(value);
  // 'nine distribution halls', 'sixty-five public boat ramps': a noun before the plural one names its kind; halls and ramps are counted, not boats.
  const compound = tokens[nounAt]?.pos === 'NOUN' && tokens[nounAt].lemma === tokens[nounAt].lower && tokens[nounAt + 1]?.pos === 'NOUN' && tokens[nounAt + 1].lemma !== tokens[nounAt + 1].lower;
  if (!compound && (PRODUCER_NOUNS.has(noun) || (fromOrAcross && WEAK_PRODUCER_NOUNS.has(noun)))) {
    const total = totalInBrackets(tokens, nounAt);
    const { value: producers, start } = total ? { value: total.value, start: tokens[first].start } : countedThrough(state, things, first, nounAt);
    const from = tokens[first];
    const end = total ? tokens[total.last].end : tokens[nounAt].end;
    addSpanReading(state, 'ingestion.producers', producers, start, end, from.sentence);
    state.producers.push({ value: producers, start, end, sentence: from.sentence, noun });
    consume(state, first, number.next - 1);
    return number.next;
  }
  const countedAt = compound ? nounAt + 1 : nounAt;
  const counted = tokens[countedAt];
  const countedNoun = compound ? nounLemma(counted) : noun;
  if (counted?.pos === 'NOUN' && counted.lemma !== counted.lower && !CONSUMER_GROUPS.has(countedNoun) && !CONSUMER_NOUNS.has(countedNoun)) {
    const { value: total, start } = countedThrough(state, things, first, countedAt);
    state.counted.push({ value: total, start, end: counted.end, sentence: counted.sentence, noun: countedNoun });
  } else if (things >= 2) {
    countedInTheSingular(state, first, nounAt, things);
  }
  const readBy = tokens[first - 1]?.lower === 'by' && READ_BY.has(tokens[first - 2]?.lower ?? '');
  const verbAt = [nounAt + 1, nounAt + 2, nounAt + 3].find((at) => CONSUME_VERBS.has(tokens[at]?.lemma ?? ''));
  const groupReads = CONSUMER_GROUPS.has(noun) && (verbAt !== undefined || readBy);
  // 'consumer apps' count consumers, 'consumer accounts' do not.
  const plural = tokens[nounAt] !== undefined && tokens[nounAt].lemma !== tokens[nounAt].lower;
  const head = plural || !MODIFIER_TAGS.has(tokens[nounAt + 1]?.pos ?? '') || tokens[nounAt + 1]?.pos === 'VERB' || CONSUMER_GROUPS.has(nounLemma(tokens[nounAt + 1]));
  if ((CONSUMER_NOUNS.has(noun) && head) || groupReads) {
    const last = verbAt !== undefined && !readBy && !CONSUMER_NOUNS.has(noun) ? verbAt : nounAt;
    addReading(state, 'ingestion.consumers', Math.round(value), first, last);
    consume(state, first, number.next - 1);
    return number.next;
  }
  return undefined;
}

/**
 * Requests to an API or a model: a model's request rate where the sentence is about serving
 * one ('serve the model at 50 requests per second'), otherwise no field (an API's traffic is
 * not data ingested); a count per day or month stays unread unless converted to per second.
 */
function readRequests(state: ScanState, first: number, value: number, nounAt: number): number {
  const { tokens } = state;
  const per = tokens[nounAt].lower === 'rps' ? { seconds: 1, next: nounAt + 1 } : readPer(tokens, nounAt + 1);
  const next = per ? per.next : nounAt + 1;
  const asked = ASKING_NOUNS.has(tokens[nounAt].lemma) && tokens.some((token) => MODEL_CUES.has(token.lemma));
  if (per && (asked || sentenceHas(tokens, first, MODEL_CUES))) {
    addReading(state, 'ml.requestsPerSecond', value / per.seconds, first, next - 1);
    // A model that answers requests serves predictions.
    addReading(state, 'ml.inference', true, first, next - 1, { derived: true });
  }
  consume(state, first, next - 1);
  return next;
}

const CURRENCY_MARKS = new Set(['$', '€', '£', '¥', 'us$', 'usd', 'eur', 'gbp', 'chf']);
const CURRENCY_WORDS = new Set(['usd', 'eur', 'gbp', 'chf', 'dollars', 'dollar', 'euros', 'euro', 'pounds', 'bucks', 'k$', 'k€']);

/** Quantities that start with a number. */
function readNumberLed(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const number = readNumber(tokens, index);
  if (!number) return undefined;
  if (number.vague || !(number.value >= 0)) return number.next;
  // '€400 a month', '2,000 USD per month': money, never a count or a rate.
  if (CURRENCY_MARKS.has(tokens[index - 1]?.lower ?? '') || CURRENCY_WORDS.has(tokens[number.next]?.lower ?? '')) return number.next;
  const unit = sizeUnit(tokens[number.next]);
  if (unit) return readSize(state, index, number, unit);
  const used = timeUnitSeconds(tokens[number.next]) !== undefined ? readDurationNoun(state, index) : readCount(state, index, number);
  // A number nothing uses is skipped whole: re-reading it from each of its words would be quadratic.
  return used ?? number.next;
}

/** Words that open a duration without digits: 'a minute buffer', 'few seconds delay'. */
const ARTICLES = new Set(['a', 'an', 'few', 'several']);

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
    const next =
      readRecoveryObjective(state, i) ??
      readPeriod(state, i) ??
      readClockWindow(state, i) ??
      readRunWindow(state, i) ??
      readLatency(state, i) ??
      readRetention(state, i) ??
      (ARTICLES.has(tokens[i].lower) ? readDurationNoun(state, i) : undefined) ??
      readNumberLed(state, i);
    if (next !== undefined && next > i + 1) i = next - 1;
  }
}
