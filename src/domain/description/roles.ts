import type { Token } from './tokens.js';
import { sizeUnit } from './units.js';

/** Whether a store named in the text is where data comes from or where it goes. */
export type Role = 'source' | 'destination';

const SOURCE_CUES = new Set([
  'from', 'already', 'allready', 'existing', 'sits', 'sit', 'sitting', 'live', 'lives', 'living', 'resides', 'reside',
  'residing', 'currently', 'extract', 'extracting', 'pull', 'pulling', 'migrate', 'migrating', 'move', 'moving',
  'offload', 'offloading', 'export', 'exporting', 'replicate', 'replicating', 'off', 'source', 'sources', 'dump', 'dumping',
]);
const DESTINATION_CUES = new Set([
  'to', 'into', 'onto', 'land', 'lands', 'landing', 'landed', 'deliver', 'delivers', 'delivered', 'delivering',
  'load', 'loads', 'loading', 'write', 'writes', 'writing', 'written', 'push', 'pushes', 'pushing', 'send', 'sends',
  'sending', 'sink', 'sinks', 'store', 'stores', 'storing', 'persist', 'persisting', 'index', 'indexing',
  'archive', 'archiving', 'output', 'ship', 'shipping', 'target', 'targets', 'destination', 'destinations', 'pump', 'pumps', 'kept',
]);
/** Words a cue may reach across: 'from our on-prem Oracle', 'into the raw S3 bucket', 'to S3 and Redshift'. */
const FILLERS = new Set([
  'the', 'a', 'an', 'our', 'their', 'its', 'my', 'your', 'this', 'these', 'those', 'amazon', 'aws', 'new', 'managed',
  'self', 'hosted', 'single', 'central', 'shared', 'cloud', 'and', 'or', ',', ':', '&', 'on', 'prem', 'premises',
  'premise', 'in', 'it', 'them', 'everything', 'all', 'data', 'raw', 'events', 'records', 'files', 'logs',
  'results', 'tables', 'table', 'bucket', 'buckets', 'cluster', 'clusters', 'instance', 'instances', 'database',
  'databases', 'db', 'lake', 'warehouse', 's3', 'redshift', 'dynamodb', 'opensearch', 'elasticsearch', 'splunk',
  'aurora', 'rds', 'mysql', 'postgres', 'postgresql', 'oracle', 'sql', 'server', 'mongodb', 'mariadb', 'teradata',
  'parquet', 'csv', 'json', 'avro', 'orc', 'both', 'either', 'of', 'cleaned', 'processed', 'transformed',
  'enriched', 'final', 'curated', 'legacy', 'old', 'current', 'production', 'serverless',
  // 'the target will be Aurora MySQL', 'the source is Oracle': a cue reaches across the copula.
  'is', 'are', 'was', 'be', 'will', 'would', 'should',
]);
/** The present of 'to be': 'are in S3' places data where it is; 'should be in S3' does not. */
const IS_NOW = new Set(['is', 'are', "'s", "'re"]);
/** 'nothing is in S3 yet': no data is there. */
const NOTHING = new Set(['nothing', 'none', 'no']);
/** 'end up on Aurora', 'we want it to wind up in S3': where data ends is where it goes. */
const ENDING = new Set(['end', 'ends', 'ending', 'ended', 'wind', 'winds', 'land']);
const LOOK = 6;

/**
 * The role a cue word gives the phrase starting at token `first`: the nearest
 * cue before it, reached only across filler words ('already in S3' is a source,
 * 'land the raw events in S3' a destination); undefined when none.
 *
 * @example
 * roleBefore(tokenize('migrate Oracle to Aurora'), 3); // 'destination'
 */
export function roleBefore(tokens: readonly Token[], first: number): Role | undefined {
  const sentence = tokens[first].sentence;
  let ours = false;
  for (let at = first - 1; at >= Math.max(0, first - LOOK) && tokens[at].sentence === sentence; at -= 1) {
    const lower = tokens[at].lower;
    // 'wants all of it in our existing Splunk Cloud': what the team has already is where data goes here.
    if (lower === 'existing' && intoBefore(tokens, at)) return sourceWordInClause(tokens, at) ? 'source' : 'destination';
    if (SOURCE_CUES.has(lower)) return 'source';
    // 'the PDFs (about 9 TB) are in S3 there': where data is now; 'the output should be in S3' is where it goes.
    if ((lower === 'in' || lower === 'on') && IS_NOW.has(tokens[at - 1]?.lower ?? '') && !NOTHING.has(tokens[at - 2]?.lower ?? '')) return 'source';
    if (lower === 'up' && ENDING.has(tokens[at - 1]?.lower ?? '')) return 'destination';
    // 'We already pump the logs into S3', 'all exported to S3 already': the data is there to be read.
    if (DESTINATION_CUES.has(lower)) return alreadyBefore(tokens, at) || alreadyAfter(tokens, first) ? 'source' : 'destination';
    // 'about thirty-five terabytes of Parquet in S3': a volume stored there is where the data is.
    if (sizeUnit(tokens[at]) && tokens[at + 1]?.lower === 'of') return 'source';
    if (!FILLERS.has(lower)) {
      if (atRest(tokens, first) || alreadyAfter(tokens, first) || holdsAfter(tokens, first) || (held(tokens, at, ours) && !motionIn('sentence', tokens, first))) return 'source';
      // 'the result stored on the claim record in DynamoDB': a verb putting data somewhere, earlier in the clause.
      return storedInto(tokens, first) ? 'destination' : undefined;
    }
    if (lower === 'our') ours = true;
  }
  // 'our S3 data lake (800 TB) has no disaster recovery': a store the team has, with no verb moving data into it.
  return atRest(tokens, first) || alreadyAfter(tokens, first) || holdsAfter(tokens, first) || (ours && !motionIn('clause', tokens, first)) ? 'source' : undefined;
}

/** Verbs of having: 'we have a data lake on S3', 'the institute curates datasets in our S3 lake'. */
const HOLDING = new Set(['have', 'hold', 'keep', 'curate', 'maintain', 'own', 'host', 'run']);

/** The store is one the team has: after a verb of having, or 'our' with other words between ('datasets in our S3 data lake'). */
function held(tokens: readonly Token[], at: number, ours: boolean): boolean {
  return ours || HOLDING.has(tokens[at].lemma);
}

/** A word that places data where it already is, earlier in the clause ('the logs sit in our existing bucket'). */
function sourceWordInClause(tokens: readonly Token[], at: number): boolean {
  for (let before = at - 1; before >= 0 && tokens[before].clause === tokens[at].clause; before -= 1) {
    if (SOURCE_CUES.has(tokens[before].lower) && tokens[before].lower !== 'existing') return true;
  }
  return false;
}

/** 'in', 'into' or 'to' just before `at`, across 'our' or 'the' ('in our existing Splunk'). */
function intoBefore(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (tokens[before].lower === 'our' || tokens[before].lower === 'the')) before -= 1;
  const lower = tokens[before]?.lower;
  return lower === 'in' || lower === 'into' || lower === 'to' || lower === 'onto';
}

/** The store is followed by a verb of holding: 'the data lake holds around 120 TB'. */
function holdsAfter(tokens: readonly Token[], first: number): boolean {
  for (let at = first + 1; at < Math.min(tokens.length, first + 4) && tokens[at].clause === tokens[first].clause; at += 1) {
    if (tokens[at].pos === 'VERB' || tokens[at].pos === 'AUX') return HOLDS.has(tokens[at].lemma);
  }
  return false;
}
const HOLDS = new Set(['hold', 'contain', 'have', 'host']);

/** 'in', 'into' or 'to' right before the store, after a verb that puts data somewhere earlier in its clause. */
function storedInto(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower;
  if (before !== 'in' && before !== 'into' && before !== 'to' && before !== 'onto') return false;
  for (let at = first - 2; at >= Math.max(0, first - 10) && tokens[at].clause === tokens[first].clause; at -= 1) {
    if (STORING.has(tokens[at].lemma) && tokens[at].pos === 'VERB') return true;
  }
  return false;
}
const STORING = new Set(['store', 'keep', 'write', 'save', 'persist', 'put', 'land', 'load', 'insert', 'record']);

/** 'already' right after the store, in the same clause ('exported to S3 already'). */
function alreadyAfter(tokens: readonly Token[], first: number): boolean {
  for (let at = first + 1; at < Math.min(tokens.length, first + 4) && tokens[at].clause === tokens[first].clause; at += 1) {
    if (tokens[at].lower === 'already' || tokens[at].lower === 'allready') return true;
  }
  return false;
}

/**
 * A word that moves data anywhere in the store's clause, or in its whole sentence
 * ('a full copy … in our S3 data lake every night').
 */
function motionIn(scope: 'clause' | 'sentence', tokens: readonly Token[], first: number): boolean {
  const within = tokens[first][scope];
  for (let at = 0; at < tokens.length; at += 1) if (tokens[at][scope] === within && MOTION.has(tokens[at].lemma)) return true;
  return false;
}

/** 'already' earlier in the sentence, before any comma ('We already pump flow logs and app logs into S3'). */
function alreadyBefore(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= 0 && tokens[at].sentence === tokens[index].sentence && tokens[at].lower !== ','; at -= 1) {
    if (tokens[at].lower === 'already' || tokens[at].lower === 'allready') return true;
  }
  return false;
}

/** Verbs that move data somewhere: with one in the clause, 'in S3' is where data goes. */
const MOTION = new Set(['land', 'write', 'send', 'load', 'ingest', 'put', 'drop', 'push', 'store', 'archive', 'copy', 'move', 'upload', 'stream', 'deliver', 'pump', 'export', 'sync', 'replicate', 'dump', 'keep', 'go', 'end', 'save', 'persist']);

/**
 * An amount of data stated to be 'in' a store, with no verb moving it ('around 200 GB in S3 as
 * Parquet', '80,000 hours of MP4 in S3'): the data is already there.
 */
function atRest(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower;
  if (before !== 'in' && before !== 'on') return false;
  const clause = tokens[first].clause;
  let amount = false;
  for (let at = first - 2; at >= 0 && tokens[at].clause === clause; at -= 1) {
    // The noun right before 'in' names what is stored, not a motion: 'metadata exports in S3 (about 900 TB)'.
    if (MOTION.has(tokens[at].lemma) && !(at === first - 2 && tokens[at].pos === 'NOUN')) return false;
    if (tokens[at].kind === 'number') amount = true;
  }
  // Or the amount of data right after it: 'in S3 (about 900 TB)', 'on S3 with around 400 TB' (not 'in S3 for 13 months').
  for (let at = first + 1; !amount && at < Math.min(tokens.length, first + 5) && tokens[at].sentence === tokens[first].sentence; at += 1) {
    if (MOTION.has(tokens[at].lemma)) return false;
    if (tokens[at].kind === 'number' && AMOUNT_UNITS.has(tokens[at + 1]?.lower ?? '')) amount = true;
  }
  return amount;
}

/** Units of an amount of stored data. */
const AMOUNT_UNITS = new Set([
  'kb', 'mb', 'gb', 'tb', 'pb', 'eb', 'kib', 'mib', 'gib', 'tib', 'pib', 'gigabyte', 'gigabytes', 'terabyte', 'terabytes', 'petabyte', 'petabytes',
  'million', 'billion', 'objects', 'files', 'images', 'photos', 'documents', 'rows', 'records',
]);
