import { scanClassification } from './classification.js';
import { asideSentences, sentenceCues } from './cues.js';
import { deriveFromSentences, withDerivedThroughput } from './derivations.js';
import { byPosition, LIST_FIELDS, settleReadings } from './field-policy.js';
import type { DescriptionReading, InferredField } from './inferred-field.js';
import { buildPhraseIndex, type PhraseIndex, phraseWords } from './phrase-index.js';
import { scanQuantities } from './quantities.js';
import { addSpanReading, createScanState, type Reading } from './reading.js';
import { placeSecondaryRegions, REGION_VOCABULARY, scanRegionCodes } from './regions.js';
import { scanPhrases } from './scan-phrases.js';
import { correctSpelling, type SpellingDictionary, spellingDictionary } from './spelling.js';
import type { Workload } from '../workload/schema.js';
import { outsideNeeds, retrievalOverDocuments } from './outside-scope.js';
import { inLexicon } from './language-model.js';
import { tokenize, type Token } from './tokens.js';
import { TIME_WORDS } from './units.js';
import { DATA_VOCABULARY, engineNamed } from './vocabulary-data.js';
import { NEEDS_VOCABULARY } from './vocabulary-needs.js';
import { valueAt, withValueAt } from './workload-paths.js';

let index: PhraseIndex | undefined;
let dictionary: SpellingDictionary | undefined;

/** The phrase index, built on the first description read (workloads without one never pay for it). */
function phraseIndex(): PhraseIndex {
  index ??= buildPhraseIndex([...DATA_VOCABULARY, ...NEEDS_VOCABULARY, ...REGION_VOCABULARY]);
  return index;
}

/** The words misspellings are read as: those of the phrases, and the time units. */
function readerWords(): SpellingDictionary {
  dictionary ??= spellingDictionary([...phraseWords(phraseIndex()), ...TIME_WORDS]);
  return dictionary;
}

function buildWorkload(readings: readonly Reading[]): Workload {
  let workload: Record<string, unknown> = {};
  for (const { field, value } of readings) {
    const current = valueAt(workload, field);
    const next = LIST_FIELDS.has(field) && Array.isArray(current) ? [...current, ...(value as unknown[])] : value;
    workload = withValueAt(workload, field, next);
  }
  return workload as Workload;
}

/**
 * Reads workload fields from free text, deterministically (an in-process language model, no network), each with its
 * evidence, an exact substring. Derived figures (records/s from devices and a period, MB/s from
 * records/s × record size, massively parallel from petabytes) yield to figures the text states.
 *
 * @example
 * readDescription('We ingest about 30 MB/s of clickstream and want real-time dashboards.').inferred;
 * // [{ field: 'ingestion.throughputMBps', value: 30, evidence: '30 MB/s' },
 * //  { field: 'data.sources', value: ['clickstream'], evidence: 'clickstream' },
 * //  { field: 'latency', value: 'real-time', evidence: 'real-time dashboards' }, …]
 */
export function readDescription(text: string): DescriptionReading {
  const description = typeof text === 'string' ? text : '';
  if (description.trim() === '') return { workload: {}, inferred: [], outside: [], unreadSentences: [] };
  const tokens = correctSpelling(tokenize(description), readerWords(), inLexicon);
  const state = createScanState(description, tokens);
  scanRegionCodes(state);
  scanClassification(state);
  scanQuantities(state);
  scanPhrases(state, phraseIndex());
  placeSecondaryRegions(state);
  deriveFromSentences(state);
  const outside = outsideNeeds(description, tokens);
  // Where each need outside the catalog is stated: the token its evidence starts at.
  const outsideAt = new Map(outside.map((found) => [found, tokens.find((token) => description.startsWith(found.evidence, token.start))]));
  const retrieval = retrievalOverDocuments(outside, tokens);
  const at = retrieval && outsideAt.get(retrieval);
  if (retrieval && at) addSpanReading(state, 'data.accessPattern', 'vector-search', at.start, at.start + retrieval.evidence.length, at.sentence, { derived: true });
  const cues = sentenceCues(tokens);
  const aside = asideSentences(tokens, description);
  const today = todaysSystem(tokens);
  const past = pastClauses(tokens);
  const applicable = state.readings.filter(
    ({ field, when, unless, sentence, start }) =>
      !aside.has(sentence) &&
      !(today.has(sentence) && TODAYS_ROUTE.has(field)) &&
      !(field === 'processing.frameworks' && past.has(clauseAt(tokens, start))) &&
      (!when || cues[sentence]?.has(when) === true) &&
      !meetsExcluded(cues[sentence], unless),
  );
  // A database's own transactions per second are its load, not data flowing in; an OLTP application's are no ingestion rate at all.
  const oltp = applicable.some(({ field, value }) => (field === 'workloadType' && value === 'transactional') || (field === 'data.accessPattern' && value === 'relational-transactions'));
  const appLoad = (reading: Reading) => oltp && /transaction/i.test(description.slice(reading.start, reading.end));
  const flows = (reading: Reading) => cues[reading.sentence]?.has('database') !== true && !appLoad(reading);
  const outsideSentences = new Set([...outsideAt.values()].map((token) => token?.sentence ?? -1));
  // How fast a store outside the catalog answers its reads is no pipeline latency ('leaderboard … reads must come back in single-digit
  // milliseconds'); how fast it updates may be ('a leaderboard that updates instantly' needs the stream).
  const forOutside = (reading: Reading) =>
    reading.field === 'latency' && (outsideSentences.has(reading.sentence) || asksOfAService(tokens, reading)) && readsInClause(tokens, reading);
  const ingested = applicable.filter((reading) => !(reading.field === 'ingestion.recordsPerSecond' && appLoad(reading)) && !forOutside(reading));
  // Readings that change what other readings mean, applied in this order to the settled readings.
  const roles: ReadonlyArray<(read: Reading[]) => Reading[]> = [
    (read) => withDerivedThroughput(read, flows),
    computeOnlyWhenAsked,
    (read) => stillCameras(read, description),
    trafficCallingAModel,
    (read) => keptKafka(read, tokens),
    (read) => photosBroughtToS3(read, description),
    (read) => clipsNotStreams(read, description),
    (read) => warehouseAsDestination(read, description),
    (read) => withoutFileMoveTarget(read, cues),
    (read) => targetAsSource(read, cues, description),
    (read) => managedAsTarget(read, ingested),
    (read) => withoutRuledOut(read, tokens),
  ];
  const settled = roles.reduce((read, role) => role(read), settleReadings(ingested.sort(byPosition)));
  const read = new Set(applicable.map((reading) => reading.sentence));
  for (const sentence of outsideSentences) read.add(sentence);
  return {
    workload: buildWorkload(settled),
    inferred: settled.map(({ field, value, start, end }) => ({ field, value: value as InferredField['value'], evidence: description.slice(start, end) })),
    outside,
    unreadSentences: unreadSentences(description, tokens, read),
  };
}

/** Words that put a clause in the past: 'we had a Hadoop thing years ago', 'we used to run Spark'. */
const PAST_WORDS = new Set(['ago', 'formerly', 'previously']);
const PAST_PAIRS = new Set(['used to', 'the past', 'years back']);

/** The clauses (as sentence:clause keys) that speak of the past; a framework named there is not run now. */
function pastClauses(tokens: readonly Token[]): Set<string> {
  const past = new Set<string>();
  tokens.forEach((token, at) => {
    if (PAST_WORDS.has(token.lower) || PAST_PAIRS.has(`${token.lower} ${tokens[at + 1]?.lower ?? ''}`)) past.add(`${token.sentence}:${token.clause}`);
  });
  return past;
}

/** The sentence:clause key of the token a reading starts at. */
function clauseAt(tokens: readonly Token[], start: number): string {
  const token = tokens.find((candidate) => candidate.start >= start);
  return token ? `${token.sentence}:${token.clause}` : '';
}

/** Where today's pipeline takes the data: the wanted one replaces it. */
const TODAYS_ROUTE = new Set(['destinations', 'migration.target', 'processing.etl', 'processing.etlTrigger']);
const NOW_WORDS = new Set(['today', 'currently', 'nowadays']);
const NOW_PAIRS = new Set(['right now', 'at present', 'at the']);
const WISH_LEMMAS = new Set(['want', 'need', 'wish', 'like', 'should', 'must']);

/**
 * 'Today it's a nightly pg_dump -> S3 -> COPY and it breaks about once a week': sentences that open on today's system,
 * in a text that says elsewhere what is wanted. Their sources stay sources; where they send the data is not the design.
 */
function todaysSystem(tokens: readonly Token[]): Set<number> {
  const opening = new Map<number, Token[]>();
  for (const token of tokens) {
    const words = opening.get(token.sentence) ?? [];
    if (words.length < 3 && token.kind === 'word') words.push(token);
    opening.set(token.sentence, words);
  }
  const today = new Set<number>();
  for (const [sentence, [first, second, third]] of opening) {
    const pair = `${first?.lower} ${second?.lower}`;
    if (NOW_WORDS.has(first?.lower ?? '') || (NOW_PAIRS.has(pair) && (pair !== 'at the' || third?.lower === 'moment'))) today.add(sentence);
  }
  if (today.size === 0) return today;
  const wished = tokens.some((token) => !today.has(token.sentence) && (WISH_LEMMAS.has(token.lemma) || WISH_LEMMAS.has(token.lower)));
  return wished ? today : new Set();
}

/** 'Rangers collect the SD cards weekly and upload the photos … to S3': pictures brought to S3 by people. */
const PHOTOS_TO_S3 = /\bupload(?:s|ed|ing)? [^.]{0,40}?(?:photos|images|pictures|jpegs|jpgs|scans) [^.]{0,40}?(?:to|into) (?:an |the |our |a )?(?:amazon )?s3\b/i;

/** Photos people upload to S3, with no source read: the photos in S3, at rest, are where the data comes from (a camera uploading is a device). */
function photosBroughtToS3(settled: Reading[], text: string): Reading[] {
  const upload = PHOTOS_TO_S3.exec(text);
  if (!upload || settled.some((reading) => reading.field === 'data.sources') || /camera/i.test(text.slice(Math.max(0, upload.index - 30), upload.index))) return settled;
  const inS3 = settled.find((reading) => reading.field === 'destinations' && (reading.value as string[]).includes('s3'));
  if (!inS3) return settled;
  const photos: Reading[] = [{ ...inS3, field: 'data.sources', value: ['s3'], derived: true }];
  if (!settled.some((reading) => reading.field === 'data.atRest')) photos.push({ ...inS3, field: 'data.atRest', value: true, derived: true });
  return [...settled, ...photos].sort(byPosition);
}

/** Words that keep a system where it runs: 'which we are keeping', 'it stays'. */
const KEEPING = new Set(['keeping', 'stays', 'staying', 'remains']);

/** 'our self-managed Apache Kafka cluster on EC2, which we are keeping': the team's Kafka stays where it runs, read in place. */
function keptKafka(settled: Reading[], tokens: readonly Token[]): Reading[] {
  const kafka = settled.find((reading) => reading.field === 'ingestion.existingStream' && reading.value === 'kafka');
  if (!kafka || settled.some((reading) => reading.field === 'ingestion.keepExistingStream')) return settled;
  if (!tokens.some((token) => token.sentence === kafka.sentence && KEEPING.has(token.lower) && !token.negated)) return settled;
  return [...settled, { ...kafka, field: 'ingestion.keepExistingStream', value: true, derived: true }].sort(byPosition);
}

/**
 * 'the site peaks at 2,000 page views per second, and about 300 of those per second would call the model': the site's
 * traffic, in the sentence that gives the model's request rate, is who calls the model, not clickstream to ingest.
 */
function trafficCallingAModel(settled: Reading[]): Reading[] {
  const requests = settled.find((reading) => reading.field === 'ml.requestsPerSecond');
  if (!requests) return settled;
  return settled.flatMap((reading) => {
    if (reading.field !== 'data.sources' || reading.sentence !== requests.sentence || !(reading.value as string[]).includes('clickstream')) return [reading];
    const rest = (reading.value as string[]).filter((source) => source !== 'clickstream');
    return rest.length > 0 ? [{ ...reading, value: rest }] : [];
  });
}

/** Fields that ask for work on the data: only beside one of them does a petabyte volume call for massively parallel compute. */
const asksForWork = (reading: Reading) =>
  (reading.field.startsWith('processing.') && reading.field !== 'processing.massivelyParallel') || reading.field.startsWith('analytics.') || reading.field === 'ml.training';

/** '2 PB of satellite scenes … a copy in a second Region': a volume alone, with nothing asked of the data, needs no compute. */
function computeOnlyWhenAsked(settled: Reading[]): Reading[] {
  const derived = settled.find((reading) => reading.field === 'processing.massivelyParallel' && reading.derived);
  if (!derived || settled.some(asksForWork)) return settled;
  return settled.filter((reading) => reading !== derived);
}

/** Words only moving pictures have: with none of them anywhere in the text, cameras take stills. */
const MOVING_PICTURES = /\b(?:video|videos|footage|clip|clips|stream|streams|streaming|live|feed|feeds|cctv|fps|recording|recordings|mp4|rtsp|webcam|webcams)\b/i;

/**
 * 'the camera produces 2 TB of raw exposures (binary image files)', 'two plate photos … done by the gantry vendor's cameras':
 * cameras whose pictures are stills, in a text with no word of video, are no video source; their images stay.
 */
function stillCameras(settled: Reading[], text: string): Reading[] {
  const cameras = settled.find((reading) => reading.field === 'data.sources' && (reading.value as string[]).includes('video-cameras'));
  const images = settled.some((reading) => reading.field === 'data.formats' && (reading.value as string[]).includes('images'));
  const video = settled.some((reading) => reading.field === 'data.formats' && (reading.value as string[]).includes('video'));
  if (!cameras || !images || video || MOVING_PICTURES.test(text)) return settled;
  return settled.flatMap((reading) => {
    if (reading !== cameras) return [reading];
    const rest = (reading.value as string[]).filter((source) => source !== 'video-cameras');
    return rest.length > 0 ? [{ ...reading, value: rest }] : [];
  });
}

/** What a person or app asks of a service: 'a search must return results within two seconds', 'lookups … single-digit-ms reads'. */
const ASKED_OF_A_SERVICE = new Set(['search', 'searches', 'query', 'queries', 'lookup', 'lookups', 'api', 'page', 'pages']);

/** The reading's clause speaks of a search, query, lookup or API call: its latency is that service's answer, no pipeline's. */
function asksOfAService(tokens: readonly Token[], reading: Reading): boolean {
  const clause = clauseAt(tokens, reading.start);
  return tokens.some((token) => `${token.sentence}:${token.clause}` === clause && ASKED_OF_A_SERVICE.has(token.lower));
}

/** Words of a store answering reads: 'reads must come back', 'lookups return', 'responses'. */
const READ_WORDS = new Set(['read', 'reads', 'lookup', 'lookups', 'response', 'responses', 'respond', 'responds', 'return', 'returns', 'fetch', 'fetches', 'get', 'gets']);

/** The reading's clause speaks of reads ('reads must come back in single-digit milliseconds'). */
function readsInClause(tokens: readonly Token[], reading: Reading): boolean {
  const first = tokens.findIndex((token) => token.start >= reading.start);
  const clause = tokens[first]?.clause;
  return clause !== undefined && tokens.some((token) => token.clause === clause && READ_WORDS.has(token.lower));
}

/** Fields that say a database is involved: only then does a move name a migration target. */
const DATABASE_FIELDS = new Set(['migration.sourceEngine', 'migration.sourceLocation', 'migration.ongoingReplication']);
const DATABASE_SOURCES = new Set(['relational-database', 'nosql-database', 'data-warehouse']);

/** A database is read as where data comes from: a source database, its engine, where it runs, or its replication. */
const readsDatabase = (settled: readonly Reading[]) =>
  settled.some((reading) => DATABASE_FIELDS.has(reading.field) || (reading.field === 'data.sources' && (reading.value as string[]).some((source) => DATABASE_SOURCES.has(source))));

/** 'footage being moved into Amazon S3': a move of files or objects, with no database anywhere in the text, has no migration target. */
function withoutFileMoveTarget(settled: Reading[], cues: readonly (Set<string> | undefined)[]): Reading[] {
  if (!settled.some((reading) => reading.field === 'migration.target')) return settled;
  const database = cues.some((cue) => cue?.has('database')) || readsDatabase(settled);
  return database ? settled : settled.filter((reading) => reading.field !== 'migration.target');
}

/**
 * 'Every validation is written to an Amazon RDS for PostgreSQL database': a managed database named where data goes,
 * in a text that names no other database and speaks of no move, is the database the data lives in, not a migration target.
 */
function targetAsSource(settled: Reading[], cues: readonly (Set<string> | undefined)[], text: string): Reading[] {
  const at = settled.findIndex((reading) => reading.field === 'migration.target' && (reading.value === 'aurora' || reading.value === 'rds'));
  if (at < 0 || cues.some((cue) => cue?.has('migration')) || readsDatabase(settled)) return settled;
  const target = settled[at];
  const engine = engineNamed(text.slice(target.start, target.end));
  const lives: Reading[] = [
    { ...target, field: 'data.sources', value: ['relational-database'] },
    { ...target, field: 'migration.sourceLocation', value: target.value },
    ...(engine ? [{ ...target, field: 'migration.sourceEngine', value: engine }] : []),
  ];
  return [...settled.slice(0, at), ...lives, ...settled.slice(at + 1)];
}

/** 'There is no live video anywhere', 'the cameras have no connectivity', 'upload the clips to Amazon S3': the cameras stream nothing here. */
const NO_LIVE_VIDEO =
  /\bno (?:live (?:video|videos|feed|feeds|stream|streams|footage)|connectivity)\b|\bnobody watches (?:them |it |the cameras )?live\b|\bupload(?:s|ed|ing)? [^.]{0,40}?(?:clips|videos|footage|recordings|mp4s?) (?:to|into) (?:an |the |our |a )?(?:amazon )?s3\b/i;

/**
 * Camera clips brought to S3 with no live video: the source is the clips in S3, at rest, never a camera stream
 * ('rangers swap the memory cards once a month and upload the clips to Amazon S3 … There is no live video anywhere').
 */
function clipsNotStreams(settled: Reading[], text: string): Reading[] {
  const cameras = settled.find((reading) => reading.field === 'data.sources' && (reading.value as string[]).includes('video-cameras'));
  if (!cameras || !NO_LIVE_VIDEO.test(text)) return settled;
  // The clips' evidence is where the text puts them in S3, where it says so.
  const inS3 = settled.find((reading) => reading.field === 'destinations' && (reading.value as string[]).includes('s3')) ?? cameras;
  const span = { start: inS3.start, end: inS3.end, sentence: inS3.sentence };
  const rest = (cameras.value as string[]).filter((source) => source !== 'video-cameras');
  const read = settled.flatMap((reading) => (reading !== cameras ? [reading] : rest.length > 0 ? [{ ...reading, value: rest }] : []));
  const clips: Reading[] = [{ ...cameras, ...span, value: ['s3'] }];
  if (!read.some((reading) => reading.field === 'data.atRest')) clips.push({ ...cameras, ...span, field: 'data.atRest', value: true, derived: true });
  return [...read, ...clips].sort(byPosition);
}

/** Words that join data with what a warehouse already holds. */
const JOINED_WITH = /\b(?:join|joined|joining|combine|combined|combining|together with|alongside|blend|blended)\b/i;

/**
 * 'join these with data already in our Amazon Redshift warehouse': a warehouse read both as a source and as where
 * data goes, beside another source, is where the data goes; as a source it only holds what the others are joined with.
 */
function warehouseAsDestination(settled: Reading[], text: string): Reading[] {
  const destination = settled.find((reading) => reading.field === 'destinations' && (reading.value as string[]).includes('redshift'));
  if (!destination || !JOINED_WITH.test(text.slice(Math.max(0, destination.start - 60), destination.start))) return settled;
  const asSource = (reading: Reading) => reading.field === 'data.sources' && reading.start === destination.start && (reading.value as string[]).includes('data-warehouse');
  const others = settled.some((reading) => reading.field === 'data.sources' && !asSource(reading));
  if (!others) return settled;
  return settled.flatMap((reading) => {
    if (!asSource(reading)) return [reading];
    const rest = (reading.value as string[]).filter((source) => source !== 'data-warehouse');
    return rest.length > 0 ? [{ ...reading, value: rest }] : [];
  });
}

/**
 * 'SQL Server … in our server room … move it to AWS one time … Aurora PostgreSQL is OK': with the source database placed on
 * premises or on EC2, a managed database also named where a source runs is where it goes; its engine is the target's, not the source's.
 */
function managedAsTarget(settled: Reading[], all: readonly Reading[]): Reading[] {
  const location = settled.find((reading) => reading.field === 'migration.sourceLocation');
  if (!location || (location.value !== 'on-premises' && location.value !== 'ec2') || settled.some((reading) => reading.field === 'migration.target')) return settled;
  const managed = all.find((reading) => reading.field === 'migration.sourceLocation' && (reading.value === 'aurora' || reading.value === 'rds'));
  if (!managed) return settled;
  const sameSpan = (reading: Reading) => reading.start === managed.start && reading.end === managed.end;
  const kept = settled.filter((reading) => !(reading.field === 'migration.sourceEngine' && sameSpan(reading)));
  return [...kept, { ...managed, field: 'migration.target', value: managed.value }].sort(byPosition);
}

/** Words that rule out what follows them: 'no Splunk', 'not OpenSearch', 'NOT running Kafka again'. */
const RULING_OUT = new Set(['no', 'not', 'never', 'without']);

/** The store or bus named at `at` is ruled out right before it ('no Splunk for the NOC', 'we are NOT running Kafka again'). */
function ruledOutAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before && RULING_OUT.has(before.lower)) return true;
  return before?.pos === 'VERB' && RULING_OUT.has(tokens[at - 2]?.lower ?? '');
}

/**
 * A destination or an existing bus the text also rules out by name ('Splunk: … management said clearly no Splunk',
 * 'Kafka goes away … we are NOT running Kafka again') is no need: the reading of it is dropped.
 */
function withoutRuledOut(settled: Reading[], tokens: readonly Token[]): Reading[] {
  const ruledOut = new Set(tokens.filter((token, at) => token.kind === 'word' && ruledOutAt(tokens, at)).map((token) => token.lower));
  if (ruledOut.size === 0) return settled;
  const named = (reading: Reading) => tokens.find((token) => token.start >= reading.start && token.kind === 'word')?.lower ?? '';
  return settled.filter(
    (reading) => !((reading.field === 'destinations' || reading.field === 'ingestion.existingStream' || reading.field === 'ingestion.keepExistingStream') && ruledOut.has(named(reading))),
  );
}

/** True when the sentence has the cue (or any of the cues) a reading must not meet. */
function meetsExcluded(cues: ReadonlySet<string> | undefined, unless: Reading['unless']): boolean {
  if (!unless || !cues) return false;
  return typeof unless === 'string' ? cues.has(unless) : unless.some((cue) => cues.has(cue));
}

/** Sentences of three words or more with no reading in them ('Thanks, Priya' is too short to list). */
function unreadSentences(description: string, tokens: readonly Token[], read: ReadonlySet<number>): string[] {
  const spans = new Map<number, { start: number; end: number; words: number }>();
  for (const token of tokens) {
    const span = spans.get(token.sentence) ?? { start: token.start, end: token.end, words: 0 };
    span.end = token.end;
    if (token.kind === 'word') span.words += 1;
    spans.set(token.sentence, span);
  }
  return [...spans].filter(([sentence, span]) => !read.has(sentence) && span.words >= 3).map(([, span]) => description.slice(span.start, span.end));
}
