import { bySentence } from './cues.js';
import { byPosition } from './field-policy.js';
import { isNegated } from './negation.js';
import type { Reading } from './reading.js';
import type { Token } from './tokens.js';
import { engineNamed } from './vocabulary-data.js';

// What one reading means given the others, once repeats are settled: a destination that is a source, cameras that take
// stills, a fleet's Kafka kept where it runs. Each step takes the settled readings and returns them changed.

/** A reading of list field `field` that names `value` ('data.sources' naming 'video-cameras'). */
const naming = (field: string, value: string) => (reading: Reading) => reading.field === field && (reading.value as string[]).includes(value);

/** The readings with `source` taken out of those `picked`, each dropped when it names nothing else. */
function withoutSource(settled: Reading[], picked: (reading: Reading) => boolean, source: string): Reading[] {
  return settled.flatMap((reading) => {
    if (!picked(reading)) return [reading];
    const rest = (reading.value as string[]).filter((value) => value !== source);
    return rest.length > 0 ? [{ ...reading, value: rest }] : [];
  });
}

/** The data read as in S3, at rest, with `from`'s evidence: S3 as a source, and at rest unless the text already says. */
function atRestInS3(settled: Reading[], from: Reading): Reading[] {
  const added: Reading[] = [{ ...from, field: 'data.sources', value: ['s3'] }];
  if (!settled.some((reading) => reading.field === 'data.atRest')) added.push({ ...from, field: 'data.atRest', value: true, derived: true });
  return [...settled, ...added].sort(byPosition);
}

/** 'Rangers collect the SD cards weekly and upload the photos … to S3': pictures brought to S3 by people. */
const PHOTOS_TO_S3 = /\bupload(?:s|ed|ing)? [^.]{0,40}?(?:photos|images|pictures|jpegs|jpgs|scans) [^.]{0,40}?(?:to|into) (?:an |the |our |a )?(?:amazon )?s3\b/i;

/** Photos people upload to S3, with no source read: the photos in S3, at rest, are where the data comes from (a camera uploading is a device). */
export function photosBroughtToS3(settled: Reading[], text: string): Reading[] {
  const upload = PHOTOS_TO_S3.exec(text);
  if (!upload || settled.some((reading) => reading.field === 'data.sources') || /camera/i.test(text.slice(Math.max(0, upload.index - 30), upload.index))) return settled;
  return broughtToS3(settled);
}

/** Media brought to the S3 named as where data goes: that S3, at rest, is where the data comes from. */
function broughtToS3(settled: Reading[]): Reading[] {
  const inS3 = settled.find(naming('destinations', 's3'));
  return inS3 ? atRestInS3(settled, { ...inS3, derived: true }) : settled;
}

/** Words that keep a system where it runs: 'which we are keeping', 'it stays'. */
const KEEPING = new Set(['keeping', 'stays', 'staying', 'remains']);

/** 'our self-managed Apache Kafka cluster on EC2, which we are keeping': the team's Kafka stays where it runs, read in place. */
export function keptKafka(settled: Reading[], tokens: readonly Token[]): Reading[] {
  const kafka = settled.find((reading) => reading.field === 'ingestion.existingStream' && reading.value === 'kafka');
  if (!kafka || settled.some((reading) => reading.field === 'ingestion.keepExistingStream')) return settled;
  if (!tokens.some((token) => token.sentence === kafka.sentence && KEEPING.has(token.lower) && !token.negated)) return settled;
  return [...settled, { ...kafka, field: 'ingestion.keepExistingStream', value: true, derived: true }].sort(byPosition);
}

/**
 * 'the site peaks at 2,000 page views per second, and about 300 of those per second would call the model': the site's
 * traffic, in the sentence that gives the model's request rate, is who calls the model, not clickstream to ingest.
 */
export function trafficCallingAModel(settled: Reading[]): Reading[] {
  const requests = settled.find((reading) => reading.field === 'ml.requestsPerSecond');
  if (!requests) return settled;
  return withoutSource(settled, (reading) => naming('data.sources', 'clickstream')(reading) && reading.sentence === requests.sentence, 'clickstream');
}

/** Fields that ask for work on the data ('no data is transformed' asks for none): only beside one of them does a petabyte volume call for compute. */
const asksForWork = (reading: Reading) =>
  reading.value !== false &&
  ((reading.field.startsWith('processing.') && reading.field !== 'processing.massivelyParallel') || reading.field.startsWith('analytics.') || reading.field === 'ml.training');

/** '2 PB of satellite scenes … a copy in a second Region': a volume alone, with nothing asked of the data, needs no compute. */
export function computeOnlyWhenAsked(settled: Reading[]): Reading[] {
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
export function stillCameras(settled: Reading[], text: string): Reading[] {
  const cameras = settled.find(naming('data.sources', 'video-cameras'));
  if (!cameras || !settled.some(naming('data.formats', 'images')) || settled.some(naming('data.formats', 'video')) || MOVING_PICTURES.test(text)) return settled;
  return withoutSource(settled, (reading) => reading === cameras, 'video-cameras');
}

/** Fields that say a database is involved: only then does a move name a migration target. */
const DATABASE_FIELDS = new Set(['migration.sourceEngine', 'migration.sourceLocation', 'migration.ongoingReplication']);
const DATABASE_SOURCES = new Set(['relational-database', 'nosql-database', 'data-warehouse']);

/** A database is read as where data comes from: a source database, its engine, where it runs, or its replication. */
const readsDatabase = (settled: readonly Reading[]) =>
  settled.some((reading) => DATABASE_FIELDS.has(reading.field) || (reading.field === 'data.sources' && (reading.value as string[]).some((source) => DATABASE_SOURCES.has(source))));

/** 'footage being moved into Amazon S3': a move of files or objects, with no database anywhere in the text, has no migration target. */
export function withoutFileMoveTarget(settled: Reading[], cues: readonly (Set<string> | undefined)[]): Reading[] {
  if (!settled.some((reading) => reading.field === 'migration.target')) return settled;
  const database = cues.some((cue) => cue?.has('database')) || readsDatabase(settled);
  return database ? settled : settled.filter((reading) => reading.field !== 'migration.target');
}

/**
 * 'Every validation is written to an Amazon RDS for PostgreSQL database': a managed database named where data goes,
 * in a text that names no other database and speaks of no move, is the database the data lives in, not a migration target.
 */
export function targetAsSource(settled: Reading[], cues: readonly (Set<string> | undefined)[], text: string): Reading[] {
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

/**
 * 'There is no live video anywhere', 'the cameras have no connectivity', 'upload the clips to Amazon S3', 'Recordings arrive in an
 * S3 bucket after each exam', 'the MP4 files (H.264) upload to an S3 bucket', 'nothing is needed live': the cameras stream nothing here.
 */
const NO_LIVE_VIDEO =
  /\bno (?:live (?:video|videos|feed|feeds|stream|streams|footage)|connectivity)\b|\bnobody watches (?:them |it |(?:the |these |those )?cameras )?live\b|\bupload(?:s|ed|ing)? [^.]{0,40}?(?:clips|videos|footage|recordings|mp4s?) (?:\w+ ){0,3}(?:to|into) (?:an |the |our |a )?(?:amazon )?s3\b|\b(?:recordings|clips|videos|footage|mp4s?) (?:arrive|land|are uploaded|are stored|are kept|sit|go) (?:in|into|to) (?:an |the |our |a )?(?:amazon )?s3\b|\bnothing (?:is )?needed live\b|\bnobody (?:needs|wants|watches) (?:the )?live\b|\b(?:clips|videos|footage|recordings|mp4s?)\b(?:[^.]|\.(?=\S)){0,80}?\b(?:(?:are|get) uploaded|uploads? (?:\w+ )?(?:to|into))\b/i;

/**
 * Camera clips brought to S3 with no live video: the source is the clips in S3, at rest, never a camera stream
 * ('rangers swap the memory cards once a month and upload the clips to Amazon S3 … There is no live video anywhere').
 */
export function clipsNotStreams(settled: Reading[], text: string): Reading[] {
  const cameras = settled.find(naming('data.sources', 'video-cameras'));
  if (!cameras) return videoBroughtToS3(settled, text);
  if (!NO_LIVE_VIDEO.test(text)) return settled;
  // The clips' evidence is where the text puts them in S3, where it says so.
  const inS3 = settled.find(naming('destinations', 's3')) ?? cameras;
  const span = { start: inS3.start, end: inS3.end, sentence: inS3.sentence };
  return atRestInS3(withoutSource(settled, (reading) => reading === cameras, 'video-cameras'), { ...cameras, ...span });
}

/** Video files uploaded to S3 with no source read ('the MP4 files upload to an S3 bucket'): the video in S3, at rest, is the source. */
function videoBroughtToS3(settled: Reading[], text: string): Reading[] {
  if (settled.some((reading) => reading.field === 'data.sources') || !settled.some(naming('data.formats', 'video')) || !NO_LIVE_VIDEO.test(text)) return settled;
  return broughtToS3(settled);
}

/** Words that join data with what a warehouse already holds. */
const JOINED_WITH = /\b(?:join|joined|joining|combine|combined|combining|together with|alongside|blend|blended)\b/i;

/**
 * 'join these with data already in our Amazon Redshift warehouse': a warehouse read both as a source and as where
 * data goes, beside another source, is where the data goes; as a source it only holds what the others are joined with.
 */
export function warehouseAsDestination(settled: Reading[], text: string): Reading[] {
  const destination = settled.find(naming('destinations', 'redshift'));
  if (!destination || !JOINED_WITH.test(text.slice(Math.max(0, destination.start - 60), destination.start))) return settled;
  const asSource = (reading: Reading) => naming('data.sources', 'data-warehouse')(reading) && reading.start === destination.start;
  const others = settled.some((reading) => reading.field === 'data.sources' && !asSource(reading));
  return others ? withoutSource(settled, asSource, 'data-warehouse') : settled;
}

/**
 * 'SQL Server … in our server room … move it to AWS one time … Aurora PostgreSQL is OK': with the source database placed on
 * premises or on EC2, a managed database also named where a source runs is where it goes; its engine is the target's, not the source's.
 */
export function managedAsTarget(settled: Reading[], all: readonly Reading[]): Reading[] {
  const location = settled.find((reading) => reading.field === 'migration.sourceLocation');
  if (!location || (location.value !== 'on-premises' && location.value !== 'ec2') || settled.some((reading) => reading.field === 'migration.target')) return settled;
  const managed = all.find((reading) => reading.field === 'migration.sourceLocation' && (reading.value === 'aurora' || reading.value === 'rds'));
  if (!managed) return settled;
  const sameSpan = (reading: Reading) => reading.start === managed.start && reading.end === managed.end;
  const kept = settled.filter((reading) => !(reading.field === 'migration.sourceEngine' && sameSpan(reading)));
  return [...kept, { ...managed, field: 'migration.target', value: managed.value }].sort(byPosition);
}

/** Words that take data out of a database as files: 'exported from its SQL Server system', 'dumped from Oracle'. */
const TAKEN_OUT = new Set(['export', 'exported', 'dump', 'dumped', 'extract', 'extracted', 'unload', 'unloaded']);

/** The database named at `reading` is where files were taken out of: 'exported from' a few words before it, in its clause. */
function exportedFrom(tokens: readonly Token[], reading: Reading): boolean {
  const first = tokens.findIndex((token) => token.start === reading.start);
  for (let at = first - 1; at >= 1 && at >= first - 5 && tokens[at].clause === tokens[first].clause; at -= 1) {
    if (tokens[at].lower === 'from' && TAKEN_OUT.has(tokens[at - 1].lower)) return true;
  }
  return false;
}

/**
 * 'exported from its SQL Server system … Both exports are already sitting in an S3 bucket': with the data at rest in S3, a
 * database it was exported from is where the files came from, no source to move or replicate (nor its engine).
 */
export function exportedDatabase(settled: Reading[], tokens: readonly Token[]): Reading[] {
  if (!settled.some(naming('data.sources', 's3')) || !settled.some((reading) => reading.field === 'data.atRest' && reading.value === true)) return settled;
  const exported = settled.filter((reading) => (naming('data.sources', 'relational-database')(reading) || reading.field === 'migration.sourceEngine') && exportedFrom(tokens, reading));
  if (exported.length === 0 || settled.some((reading) => reading.field === 'migration.target' || reading.field === 'migration.ongoingReplication')) return settled;
  const spans = new Set(exported.map((reading) => reading.start));
  const withoutEngine = settled.filter((reading) => !(reading.field === 'migration.sourceEngine' && spans.has(reading.start)));
  return withoutSource(withoutEngine, (reading) => naming('data.sources', 'relational-database')(reading) && spans.has(reading.start), 'relational-database');
}

/** 'no custom ETL code to maintain' beside 'Every night a cron box … loads Redshift': ETL turned down has no trigger to run on. */
export function triggerOnlyWithEtl(settled: Reading[]): Reading[] {
  const noEtl = settled.some((reading) => reading.field === 'processing.etl' && reading.value === false);
  return noEtl ? settled.filter((reading) => reading.field !== 'processing.etlTrigger') : settled;
}

/** Words of moving or touching a database: negated ('we do not migrate it', 'not allowed to touch the database'), they keep it where it is. */
const MIGRATING = new Set(['migrate', 'migration', 'migrating', 'migrated', 'touch']);
/** Files a database writes out: copying them ('we already copy the CSV extracts to S3') is no copy of the database. */
const FILE_WORDS = new Set(['file', 'files', 'extract', 'extracts', 'export', 'exports', 'dump', 'dumps', 'csv', 'csvs']);
/** Words of taking a database's data while it stays: a sentence naming the engine with one keeps it a source. */
const COPYING = new Set(['copy', 'replicate', 'replication', 'cdc', 'snapshot', 'sync', 'stream', 'change', 'capture']);
/** What a migration turned down may be of, other than the database: the application stays, its data may still be read. */
const APPLICATIONS = new Set(['app', 'application', 'applications', 'apps', 'game', 'games', 'website', 'frontend', 'backend', 'product']);
/** Engines Aurora and RDS do not name, by a word of their name. */
const OTHER_ENGINES: ReadonlyArray<readonly [string, RegExp]> = [['db2', /\bdb2\b/i], ['sybase', /\bsybase\b/i], ['mongodb', /\bmongo(?:db)?\b/i], ['teradata', /\bteradata\b/i]];

/** The engine a piece of text names, if any. */
const anyEngineNamed = (text: string): string | undefined => engineNamed(text) ?? OTHER_ENGINES.find(([, word]) => word.test(text))?.[0];

/**
 * 'we are **not** migrating the Oracle GMS; … the dump is enough', 'OUT: changing the DB2 customs system (NO migration!)': a
 * database whose engine a sentence names beside a migration turned down is no database to move, wherever the text names it.
 */
export function databaseNotMoved(settled: Reading[], tokens: readonly Token[], text: string): Reading[] {
  const sentences = bySentence(tokens);
  const engineIn = (sentence: number) => {
    const words = sentences[sentence];
    return anyEngineNamed(text.slice(words[0].start, words.at(-1)?.end));
  };
  const kept = new Set<string>();
  tokens.forEach((token, at) => {
    // 'is out of scope for migration' turns the move down as plainly as a negation.
    const outOfScope = tokens[at - 1]?.lower === 'for' && tokens[at - 2]?.lower === 'scope';
    if (!MIGRATING.has(token.lower) || !(outOfScope || isNegated(tokens, at, at))) return;
    // 'no app migration', 'we are NOT migrating the application': the application stays, its data may still be read.
    if ([at - 1, at + 1, at + 2, at + 3].some((near) => APPLICATIONS.has(tokens[near]?.lemma ?? '') && tokens[near].sentence === token.sentence)) return;
    // '… runs on a SQL Server box on site; we are not allowed to touch the database': the database named just before, on its line.
    const before = sentences[token.sentence - 1];
    const sameLine = before !== undefined && !text.slice(before.at(-1)?.end, sentences[token.sentence][0].start).includes('\n');
    const engine = engineIn(token.sentence) ?? (sameLine ? engineIn(token.sentence - 1) : undefined);
    if (engine) kept.add(engine);
  });
  // 'not migrate it, just copy', 'this is not a migration off Oracle' beside change capture: its data is still taken.
  if (kept.size === 0 || settled.some((reading) => reading.field === 'migration.ongoingReplication' && reading.value === true)) return settled;
  for (const token of tokens) {
    const copiesFiles = () => sentences[token.sentence].some((other) => FILE_WORDS.has(other.lower));
    const engine = COPYING.has(token.lemma) && !copiesFiles() ? engineIn(token.sentence) : undefined;
    if (engine) kept.delete(engine);
  }
  // Only where its data comes as files instead ('the dump is enough', CSV extracts in S3 or on an SFTP server); a database kept whose
  // changes flow on ('PostgreSQL stays the system of record … a change should be searchable within a minute') stays a source.
  const filesInstead =
    settled.some((reading) => naming('data.sources', 's3')(reading) || naming('data.sources', 'on-premises-files')(reading)) ||
    sentences.some((sentence = []) => sentence.some((token) => FILE_WORDS.has(token.lower)) && kept.has(engineIn(sentence[0].sentence) ?? ''));
  if (kept.size === 0 || !filesInstead) return settled;
  const moved = (reading: Reading) => {
    const engine = anyEngineNamed(text.slice(reading.start, reading.end));
    return engine !== undefined && kept.has(engine);
  };
  const engines = settled.filter((reading) => reading.field === 'migration.sourceEngine' && kept.has(reading.value as string));
  const spans = new Set(engines.map((reading) => reading.start));
  // Where it runs, said in the sentence that names it ('the customs system (DB2, on-prem)'), goes with it.
  const named = new Set(engines.map((reading) => reading.sentence));
  const placed = (reading: Reading) => reading.field === 'migration.sourceLocation' && named.has(reading.sentence);
  const rest = settled.filter((reading) => !(((reading.field === 'migration.sourceEngine' || reading.field === 'migration.sourceLocation') && (spans.has(reading.start) || moved(reading))) || placed(reading)));
  return withoutSource(rest, (reading) => naming('data.sources', 'relational-database')(reading) && (spans.has(reading.start) || moved(reading)), 'relational-database');
}
