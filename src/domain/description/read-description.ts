import { scanClassification } from './classification.js';
import { asideSentences, pastClauses, sentenceCues, todaysSystem } from './cues.js';
import { deriveFromSentences, withDerivedThroughput } from './derivations.js';
import { scanDetectionsInPictures } from './detections.js';
import { byPosition, LIST_FIELDS, settleReadings } from './field-policy.js';
import type { DescriptionReading, InferredField } from './inferred-field.js';
import { buildPhraseIndex, type PhraseIndex, phraseWords } from './phrase-index.js';
import { scanQuantities } from './quantities.js';
import { addSpanReading, createScanState, type Reading } from './reading.js';
import {
  clipsNotStreams,
  computeOnlyWhenAsked,
  databaseNotMoved,
  exportedDatabase,
  keptKafka,
  managedAsTarget,
  photosBroughtToS3,
  stillCameras,
  targetAsSource,
  triggerOnlyWithEtl,
  trafficCallingAModel,
  warehouseAsDestination,
  withoutFileMoveTarget,
} from './reading-roles.js';
import { placeSecondaryRegions, REGION_VOCABULARY, scanRegionCodes } from './regions.js';
import { scanPhrases } from './scan-phrases.js';
import { correctSpelling, type SpellingDictionary, spellingDictionary } from './spelling.js';
import type { Workload } from '../workload/schema.js';
import { outsideNeeds, retrievalOverDocuments } from './outside-scope.js';
import { inLexicon } from './language-model.js';
import { tokenize, type Token } from './tokens.js';
import { TIME_WORDS } from './units.js';
import { DATA_VOCABULARY } from './vocabulary-data.js';
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
  scanDetectionsInPictures(state);
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
  // 'a second copy in eu-central-1, kept continuously up to date', 'at most 15 minutes of newly uploaded reports (RPO 15 min)':
  // in a sentence about recovery, a copy kept current is no stream, and minutes of data lost are no freshness.
  const recovery = new Set(state.readings.filter(({ field }) => field.startsWith('resilience.')).map(({ sentence }) => sentence));
  const ofRecovery = ({ field, sentence, end }: Reading) =>
    recovery.has(sentence) && ((field === 'ingestion.mode' && /^\s+up to date/i.test(description.slice(end, end + 12))) || (field === 'latency' && /^\s+of\s/i.test(description.slice(end, end + 4))));
  const applicable = state.readings.filter(
    ({ field, when, unless, sentence, start }) =>
      !aside.has(sentence) &&
      !(today.has(sentence) && TODAYS_ROUTE.has(field)) &&
      !(PAST_FIELDS.has(field) && past.has(clauseAt(tokens, start))) &&
      (!when || cues[sentence]?.has(when) === true) &&
      !meetsExcluded(cues[sentence], unless),
  ).filter((reading) => !ofRecovery(reading));
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
    (read) => exportedDatabase(read, tokens),
    (read) => databaseNotMoved(read, tokens, description),
    triggerOnlyWithEtl,
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

/** The clause (numbered across the whole text) of the token a reading starts at; -1 past the last token. */
function clauseAt(tokens: readonly Token[], start: number): number {
  return tokens.find((candidate) => candidate.start >= start)?.clause ?? -1;
}

/** What a clause in the past names that is no longer used: a framework run, a store delivered to, a stream kept. */
const PAST_FIELDS = new Set(['processing.frameworks', 'destinations', 'ingestion.existingStream']);

/** Where today's pipeline takes the data: the wanted one replaces it. */
const TODAYS_ROUTE = new Set(['destinations', 'migration.target', 'processing.etl', 'processing.etlTrigger']);

/** What a person or app asks of a service: 'a search must return results within two seconds', 'lookups … single-digit-ms reads'. */
const ASKED_OF_A_SERVICE = new Set(['search', 'searches', 'query', 'queries', 'lookup', 'lookups', 'api', 'page', 'pages']);

/** The reading's clause speaks of a search, query, lookup or API call: its latency is that service's answer, no pipeline's. */
function asksOfAService(tokens: readonly Token[], reading: Reading): boolean {
  const clause = clauseAt(tokens, reading.start);
  return tokens.some((token) => token.clause === clause && ASKED_OF_A_SERVICE.has(token.lower));
}

/** Words of a store answering reads: 'reads must come back', 'lookups return', 'responses'. */
const READ_WORDS = new Set(['read', 'reads', 'lookup', 'lookups', 'response', 'responses', 'respond', 'responds', 'return', 'returns', 'fetch', 'fetches', 'get', 'gets']);

/** The reading's clause speaks of reads ('reads must come back in single-digit milliseconds'). */
function readsInClause(tokens: readonly Token[], reading: Reading): boolean {
  const clause = clauseAt(tokens, reading.start);
  return tokens.some((token) => token.clause === clause && READ_WORDS.has(token.lower));
}

/** Words that rule out what follows them: 'no Splunk', 'not OpenSearch', 'NOT running Kafka again'. */
const RULING_OUT = new Set(['no', 'not', 'never', 'without']);

/** The store or bus named at `at` is ruled out right before it ('no Splunk for the NOC', 'we are NOT running Kafka again'). */
function ruledOutAt(tokens: readonly Token[], at: number): boolean {
  // 'not a Splunk shop' rules out Splunk; the article itself names nothing ('It is not a dispatch tool. We need a data warehouse.').
  if (tokens[at].pos === 'DET' && !RULING_OUT.has(tokens[at].lower)) return false;
  const before = tokens[at - 1];
  if (before && RULING_OUT.has(before.lower)) return true;
  if (before?.pos === 'DET') return RULING_OUT.has(tokens[at - 2]?.lower ?? '');
  return before?.pos === 'VERB' && RULING_OUT.has(tokens[at - 2]?.lower ?? '');
}

/**
 * A destination or an existing bus the text also rules out by name ('Splunk: … management said clearly no Splunk',
 * 'Kafka goes away … we are NOT running Kafka again') is no need: the reading of it is dropped.
 */
function withoutRuledOut(settled: Reading[], tokens: readonly Token[]): Reading[] {
  const ruledOut = new Set(tokens.filter((token, at) => token.kind === 'word' && ruledOutAt(tokens, at)).map((token) => token.lower));
  if (ruledOut.size === 0) return settled;
  const named = (reading: Reading) => tokens.find((token) => token.start >= reading.start && token.kind === 'word' && token.pos !== 'DET')?.lower ?? '';
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
