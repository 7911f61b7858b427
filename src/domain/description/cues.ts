import type { Cue } from './reading.js';
import type { Token } from './tokens.js';

const CUE_WORDS: Readonly<Record<Cue, ReadonlySet<string>>> = {
  migration: new Set([
    'migrate', 'migrating', 'migration', 'migrations', 'migrated', 'move', 'moving', 'moved', 'rehost', 'replatform',
    'cutover', 'replicate', 'replicating', 'replication', 'cdc', 'lift', 'shift', 'dump', 'decommission', 'decommissioned',
    'decomissioned', 'retire', 'retiring', 'exit', 'insert', 'inserts', 'target', 'targets',
  ]),
  database: new Set([
    'database', 'databases', 'db', 'dbs', 'rdbms', 'oracle', 'mysql', 'postgres', 'postgresql', 'mariadb', 'mongodb', 'mongo',
    'db2', 'sybase', 'teradata', 'sql', 'mssql', 'exadata', 'migrate', 'migrating', 'migration', 'replicate', 'replicating',
    'replication', 'cdc', 'cutover', 'vertica', 'netezza', 'greenplum', 'exasol',
  ]),
  etl: new Set([
    'etl', 'elt', 'job', 'jobs', 'pipeline', 'pipelines', 'transform', 'transforms', 'transformation', 'transformations', 'glue',
    'workflow', 'workflows', 'trigger', 'step', 'steps', 'parse', 'parsed', 'normalise', 'normalised', 'normalize', 'normalized', 'load', 'loads',
  ]),
  // Keys and encryption: an auditor in such a sentence checks encryption at rest.
  security: new Set(['encrypt', 'encrypted', 'encryption', 'kms', 'key', 'keys', 'cmk', 'cmks', 'byok', 'hsm', 'sse']),
  // What comes out of the data (reports, predictions, jobs): 'batch' about them is no batch ingestion.
  output: new Set(['report', 'reports', 'reporting', 'summary', 'summaries', 'digest', 'inference', 'prediction', 'predictions', 'scoring', 'job', 'jobs', 'pdf']),
  // Reports: their cadence is no freshness of the data ('monthly energy reports').
  report: new Set(['report', 'reports', 'reported', 'reporting', 'summary', 'summaries', 'digest', 'pdf']),
  // A store data is reprocessed or restored from is a fallback copy, not where data comes from.
  fallback: new Set(['reprocess', 'reprocessing', 'restore', 'restored', 'backfill', 'rebuild']),
  // Data being pumped into a store keeps arriving: the store is a source, its data not at rest.
  flowing: new Set(['pump', 'pumps', 'pumping', 'continuously', 'ship', 'ships', 'shipping', 'stream', 'streams', 'streaming']),
  // An app or game on phones: its telemetry comes from the app, not from IoT devices.
  mobile: new Set(['app', 'apps', 'mobile', 'game', 'games', 'ios', 'android', 'smartphone', 'smartphones']),
  // A job on a schedule: transforming inside it is batch ETL, not a per-record transform before delivery.
  scheduled: new Set(['nightly', 'daily', 'hourly', 'weekly', 'monthly', 'night', 'overnight', 'export', 'exports', 'exported', 'cron', 'batch', 'batches', 'once']),
  // Training a model: how often it is retrained is no freshness of the data.
  model: new Set(['retrain', 'retrains', 'retrained', 'retraining', 'train', 'trained', 'training', 'model', 'models']),
  // Recordings and renditions: converting them is transcoding, not a per-record transform.
  media: new Set(['hls', 'dash', 'rendition', 'renditions', 'recording', 'recordings', 'mp4', 'transcode', 'transcoding', 'bitrate', 'codec', 'video', 'videos']),
  // Stills a camera takes: such cameras send images, not a video stream.
  still: new Set(['photo', 'photos', 'picture', 'pictures', 'jpeg', 'jpegs', 'jpg', 'png', 'image', 'images', 'snapshot', 'snapshots', 'still', 'stills']),
  // Footage recorded and kept ('2,500 hours of recorded site-camera footage in an S3 bucket'): the cameras stream nothing to this workload.
  recorded: new Set(['recorded', 'archived', 'mp4', 'mp4s']),
  // A stream the team already runs ('we already run Amazon MSK', 'our own Kafka', 'reading from Kinesis Data Streams').
  owned: new Set(['already', 'existing', 'own', 'currently', 'today', 'self', 'legacy', 'incumbent', 'ourselves', 'in-house', 'inhouse', 'operate', 'operates']),
  // A dashboard looked at: 'see yesterday's sales on a dashboard by 7am, on their phones' puts the dashboard on a phone, no alert.
  display: new Set(['dashboard', 'dashboards', 'chart', 'charts', 'see', 'view', 'views', 'browse']),
  // A cluster that holds the data ('our Hadoop cluster holds 450 TB'), not one where code runs today.
  holds: new Set(['hold', 'holds', 'holding', 'store', 'stores', 'stored', 'storing', 'contain', 'contains', 'containing', 'keep', 'keeps', 'sits', 'sit', 'lives', 'live']),
  // Retraining a model: its cadence is no freshness of the data.
  retrain: new Set(['retrain', 'retrains', 'retrained', 'retraining']),
  // Backups: how often they are taken is no freshness of the data ('Backups are taken nightly').
  backup: new Set(['backup', 'backups', 'backed']),
  // A system left as it is: 'HubSpot CRM stays where it is', 'stays in Salesforce, don't touch', 'we're not changing any of that'.
  untouched: new Set(['stays', 'stay', 'untouched', 'unchanged', 'touch', 'changing']),
  // A tool kept as the standard: 'Power BI remains the corporate BI standard', 'the BI tool stay the same (Tableau)'.
  kept: new Set(['stays', 'stay', 'staying', 'remains', 'remain', 'standard', 'same', 'unchanged', 'keep', 'keeps', 'keeping', 'continue', 'continues', 'everyone', 'everybody', 'connector', 'licences', 'licenses']),
  // Work done as events flow: rules written as SQL there run on the stream.
  live: new Set(['stream', 'streams', 'streaming', 'live', 'continuously', 'window', 'windows', 'sliding', 'tumbling', 'real-time', 'realtime', 'consumer', 'consumers', 'lag']),
};

/** Each cue word with the cues it gives, for one lookup per token. */
const CUES_BY_WORD: ReadonlyMap<string, readonly Cue[]> = (() => {
  const byWord = new Map<string, Cue[]>();
  for (const [cue, words] of Object.entries(CUE_WORDS) as [Cue, ReadonlySet<string>][]) {
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), cue]);
  }
  return byWord;
})();

/** Words that set a sentence aside as not part of this workload ('that's unrelated', 'a separate project', 'not in scope now'). */
const ASIDE_WORDS = new Set(['unrelated', 'someday']);
const ASIDE_PAIRS = new Set([
  'separate project', 'separate epic', 'separate ticket', 'separate story', 'separate workstream', 'separate phase', 'separate rfp', 'separate tender', 'separate programme',
  'separate program', 'in scope', 'of scope', 'maybe later', 'the future', 'procured separately', 'bought separately', 'tendered separately', 'handled separately',
  'separate doc', 'separate document', 'separate design', 'not ours', 'separate convo', 'separate conversation', 'separate discussion', 'separate topic', 'separate thread', 'later phase', 'future phase', 'later epic', 'future epic', 'later release', 'not related', 'non goal', 'non goals', 'not part', 'not requested', 'not asked', 'not now', 'please ignore', 'forget it', 'not included', 'leave those', 'leave them', 'leave that', 'different supplier', 'different vendor', 'another supplier', 'another vendor', 'separate vendor', 'separate supplier', 'separate contract', 'someone else', 'somebody else', 'not this',
]);
/** Words that open an aside about what came just before: 'that is a separate project', 'this is for later'. */
const ANAPHORS = new Set(['that', 'this', 'which', 'those', 'these', 'it']);
/** The answer line 'A: No.', 'No, hourly files are fine', 'Nope'. */
function answeredNo(sentence: readonly Token[] | undefined): boolean {
  if (!sentence) return false;
  const at = sentence[0]?.lower === 'a' && sentence[1]?.lower === ':' ? 2 : 0;
  // The answer is the word alone: 'No.' or 'No, hourly files are fine', never 'no kafka skills here'.
  const after = sentence[at + 1];
  return (sentence[at]?.lower === 'no' || sentence[at]?.lower === 'nope') && (after === undefined || after.kind !== 'word');
}

/** Who suggests what the writer then turns down ('somebody said we should put Kafka in the middle — no'). */
const SUGGESTERS = new Set([
  'someone', 'somebody', 'colleague', 'colleagues', 'consultant', 'consultants', 'vendor', 'vendors', 'people', 'partner', 'friend', 'friends', 'engineer', 'engineers',
  'contractor', 'contractors', 'advisor', 'adviser', 'lead', 'manager', 'architect', 'cto', 'boss', 'director', 'analyst', 'analysts', 'developer',
  'developers', 'dba', 'admin', 'finance', 'marketing', 'sales', 'management', 'procurement', 'auditor', 'board',
]);
const SUGGESTING = new Set(['suggest', 'propose', 'recommend', 'say', 'tell', 'advise', 'insist']);
/** Words that open a rival suggestion: 'another wants OpenSearch', 'the other proposes Kafka'. */
const RIVALS = new Set(['another', 'other', 'others']);
/** Words that turn a suggestion down: 'no', 'rejected', 'overkill', 'sounds expensive'. */
const REJECTING = new Set(['no', 'nope', 'not', 'rejected', 'overkill', 'unnecessary', 'expensive']);
/** A suggestion made in the past: 'a consultant proposed Redshift'. */
const SUGGESTED = new Set(['suggested', 'proposed', 'recommended', 'pitched', 'advised']);
/** Words that take a suggestion up: 'and we agreed', 'which we like', 'we will go with it'. */
const ENDORSING = new Set(['agree', 'agreed', 'like', 'liked', 'accept', 'accepted', 'approve', 'approved', 'adopt', 'adopted', 'sensible', 'chose', 'chosen', 'decided', 'go', 'went']);
/** The words of a heading that sets aside the lines under it ('6. Non-goals', 'Out of scope:'). */
const ASIDE_HEADING = new Set([
  'non', 'goal', 'goals', 'out', 'of', 'scope', 'not', 'in', 'requested', 'included', 'needed', 'wanted', 'nicht', 'im', 'already', 'solved', 'handled', 'covered', 'elsewhere', 'for', 'this', 'project',
  'part', 'decision',
]);
/** The words a heading of things left out must hold one of: 'Non-goals', 'Out of scope', 'Not requested', 'Not included', 'Nicht im Scope', 'Not for this project'. */
const ASIDE_HEADING_HEADS = new Set(['goal', 'goals', 'scope', 'requested', 'included', 'needed', 'wanted', 'project', 'part']);
/** What is already in place heads lines this workload need not build: 'Already solved / not for this project:'. */
const DONE_HEADS = new Set(['solved', 'handled', 'covered']);

/**
 * Sentences set aside from the workload: their words name needs for another time or place, so
 * they set no field (an outside-scope need in them is still reported).
 *
 * @example
 * asideSentences(tokenize('Dashboards. Maybe later ML, but not in scope now.')).has(1); // true
 */
export function asideSentences(tokens: readonly Token[], text = ''): Set<number> {
  const aside = new Set<number>();
  tokens.forEach((token, index) => {
    const pair = `${token.lower} ${tokens[index + 1]?.lower ?? ''}`;
    const notInScope = pair.endsWith('in scope') && (tokens[index - 1]?.lemma === 'not' || tokens[index - 1]?.lower === 'out');
    // 'NOT needed: video from the cameras' heads a line of things left out; 'real-time is not needed' is a need ruled out, read as such.
    // '**Not needed**: video': a heading in bold marks ('*') is the same heading.
    if ((pair === 'not needed' || pair === 'not wanted') && colonAfterMarks(tokens, index + 2)) aside.add(token.sentence);
    // '- NOT: no video (the photo company does the finish-line cameras)': a line of things left out.
    if (pair === 'not :' && tokens[index - 1]?.sentence !== token.sentence) aside.add(token.sentence);
    // 'Things not in this: payments are Stripe …', 'Not funded by this grant: any model serving': a line that opens by leaving things out
    // (never 'Not streaming: files drop … every night', which says what the data is).
    if (token.lemma === 'not' && opensItsSentence(tokens, index, 3) && colonWithin(tokens, index, 5) && !colonWithin(tokens, index, 2)) aside.add(token.sentence);
    // 'Things we dont need from you: the USSD gateway, the SMS to customers': a line listing what is not wanted.
    if (NEEDING.has(token.lower) && refused(tokens[index - 1]) && colonWithin(tokens, index, 4)) aside.add(token.sentence);
    if (ASIDE_WORDS.has(token.lower) || (ASIDE_PAIRS.has(pair) && (!pair.endsWith(' scope') || notInScope || token.lower === 'of'))) aside.add(token.sentence);
  });
  const sentences = bySentence(tokens);
  for (const sentence of rejectedSuggestions(sentences)) aside.add(sentence);
  sentences.forEach((sentence = [], at) => {
    const previous = sentences[at - 1];
    // 'the lake could feed the loyalty app in real time; that is a separate project', '(push notification to the clinic app). This path
    // already exists and is NOT in scope': the aside speaks of the clause or sentence before it, on the same line.
    // A long sentence of its own ('It is loaded every night by a process that works fine and is not part of this request') sets aside only itself.
    if (aside.has(at) && ANAPHORS.has(wordsOf(sentence)[0]?.lower ?? '') && wordsOf(sentence).length <= 12 && previous && sameLine(text, previous, sentence)) aside.add(at - 1);
    // 'Q: Real-time? A: No.': a question the next line answers no.
    if (sentence.at(-1)?.lower === '?' && answeredNo(sentences[at + 1])) aside.add(at);
    // 'Q7. Body-worn camera video? A7. Out of scope (separate contract).': a question whose answer sets it aside.
    if (sentence.at(-1)?.lower === '?') {
      const answer = wordsOf(sentences[at + 1]).length <= 1 ? at + 2 : at + 1;
      if (aside.has(answer) && answer <= at + 2) aside.add(at);
    }
  });
  // A line of things set aside goes on across ';' ('Out of scope: replacing MicroStrategy; near-real-time feeds; the POS systems').
  sentences.forEach((sentence, at) => {
    if (aside.has(at) && sentence.at(-1)?.lower === ';') aside.add(at + 1);
  });
  for (const heading of asideHeadings(sentences)) {
    // The lines under the heading, up to the next short line that is no list item (the next heading).
    for (let at = heading + 1; wordsOf(sentences[at]).length > 3 || (wordsOf(sentences[at]).length > 0 && listItem(text, sentences[at])); at += 1) aside.add(at);
  }
  return aside;
}

const NOW_WORDS = new Set(['today', 'currently', 'nowadays']);
const NOW_PAIRS = new Set(['right now', 'at present', 'at the']);
const WISH_LEMMAS = new Set(['want', 'need', 'wish', 'like', 'should', 'must']);

/**
 * 'Today it's a nightly pg_dump -> S3 -> COPY and it breaks about once a week': sentences that open on today's system,
 * in a text that says elsewhere what is wanted. Their sources stay sources; where they send the data is not the design.
 */
export function todaysSystem(tokens: readonly Token[]): Set<number> {
  const today = new Set<number>();
  bySentence(tokens).forEach((sentence, at) => {
    const [first, second, third] = wordsOf(sentence);
    const pair = `${first?.lower} ${second?.lower}`;
    if (NOW_WORDS.has(first?.lower ?? '') || (NOW_PAIRS.has(pair) && (pair !== 'at the' || third?.lower === 'moment'))) today.add(at);
  });
  if (today.size === 0) return today;
  const wished = tokens.some((token) => !today.has(token.sentence) && (WISH_LEMMAS.has(token.lemma) || WISH_LEMMAS.has(token.lower)));
  return wished ? today : new Set();
}

/** Words that put a clause in the past: 'we had a Hadoop thing years ago', 'we used to run Spark', 'we decommissioned Splunk last year'. */
const PAST_WORDS = new Set(['ago', 'formerly', 'previously']);
const PAST_PAIRS = new Set([
  'used to', 'the past', 'years back', 'we decommissioned', 'we retired', 'we dropped', 'we ditched', 'we abandoned', 'we replaced', 'we removed', 'got rid', 'moved off', 'migrated off',
  'switched off', 'turned off', 'until last',
]);

/** The clauses that speak of the past (clauses are numbered across the whole text); a framework or destination named there is not used now. */
export function pastClauses(tokens: readonly Token[]): Set<number> {
  const past = new Set<number>();
  tokens.forEach((token, at) => {
    if (PAST_WORDS.has(token.lower) || PAST_PAIRS.has(`${token.lower} ${tokens[at + 1]?.lower ?? ''}`)) past.add(token.clause);
  });
  return past;
}

/** A line that starts with a list mark ('- Real-time anything', '* CCTV', '2) exports'), however short. */
const LIST_MARK = /(?:^|\n)[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]*$/;
const listItem = (text: string, sentence: readonly Token[] | undefined) => sentence !== undefined && sentence.length > 0 && LIST_MARK.test(text.slice(Math.max(0, sentence[0].start - 12), sentence[0].start));

/** The tokens of each sentence, by sentence number (a number no token has holds none). */
export function bySentence(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  for (const token of tokens) (sentences[token.sentence] ??= []).push(token);
  return sentences;
}

const wordsOf = (sentence: readonly Token[] | undefined) => (sentence ?? []).filter((token) => token.kind === 'word');

/** 'A consultant we spoke to proposed a Redshift cluster with Kafka feeding it.': proposed in the past, and nowhere taken up. */
const notTakenUp = (verb: Token, sentence: readonly Token[], next: readonly Token[]) =>
  SUGGESTED.has(verb.lower) && ![...sentence, ...next].some((token) => ENDORSING.has(token.lemma) || ENDORSING.has(token.lower));

/**
 * Sentences where someone else suggests something the writer turns down, in the same sentence after the
 * suggestion or in a short next one ('Someone at a meetup told me we need Redshift. That sounds overkill for us').
 */
function rejectedSuggestions(sentences: ReadonlyArray<readonly Token[] | undefined>): number[] {
  const found: number[] = [];
  sentences.forEach((sentence = [], at) => {
    const next = sentences[at + 1] ?? [];
    const rejectedNext = wordsOf(next).length <= 8 && next.some((other) => REJECTING.has(other.lower));
    // 'One of our engineers proposes a bigger Redshift cluster; another wants OpenSearch': options weighed, none yet a need.
    const rival = RIVALS.has(wordsOf(next)[0]?.lower ?? '');
    // 'A friend … told us to get Redshift and Kafka "so we're ready to scale", but we open one gym a year': turned down with a 'but'.
    const suggested = sentence.some(
      (token, index) =>
        SUGGESTING.has(token.lemma) &&
        token.pos === 'VERB' &&
        sentence.slice(0, index).some((other) => SUGGESTERS.has(other.lower)) &&
        (rejectedNext || rival || sentence.slice(index + 1).some((other) => REJECTING.has(other.lower) || other.lower === 'but') || notTakenUp(token, sentence, next)),
    );
    if (suggested) found.push(at);
    if (suggested && rival) found.push(at + 1);
  });
  return found;
}

/** Sentences that are only a heading of things left out ('Non-goals', '6. Out of scope:'). */
function asideHeadings(sentences: ReadonlyArray<readonly Token[] | undefined>): number[] {
  const headings: number[] = [];
  sentences.forEach((sentence, at) => {
    const words = wordsOf(sentence).map((token) => token.lower);
    // 'Non-goals', 'Out of scope', 'Not requested' head things left out; 'Goals' or '4.1 Scope.' head what is wanted.
    const heads =
      (words.some((word) => ASIDE_HEADING_HEADS.has(word)) && (words.includes('not') || words.includes('non') || words.includes('out') || words.includes('nicht'))) ||
      (words.includes('already') && words.some((word) => DONE_HEADS.has(word)));
    if (words.length > 0 && words.every((word) => ASIDE_HEADING.has(word)) && heads) headings.push(at);
  });
  return headings;
}

/** Words before a shift that is worked, not a move: 'the morning shift', 'each night shift'. */
const WORK_SHIFTS = new Set(['morning', 'night', 'day', 'evening', 'late', 'early', 'next', 'each', 'every', 'per', 'weekend', 'overnight']);

/** Verbs of wanting that a refusal and a colon turn into a line of things left out ('Things we dont need from you:', 'Not asking for:'). */
const NEEDING = new Set(['need', 'want', 'require', 'asking']);
/** A word that refuses what follows it: 'dont', "don't" (read as 'not'), 'not'. */
const refused = (token: Token | undefined) => token !== undefined && (token.lemma === 'not' || token.lower === 'dont' || token.lower === 'not');

/** A ':' in the sentence of the token at `at`, within `span` tokens after it. */
/** The token at `at` is among the first `words` words of its sentence. */
function opensItsSentence(tokens: readonly Token[], at: number, words: number): boolean {
  let before = 0;
  for (let back = at - 1; back >= 0 && tokens[back].sentence === tokens[at].sentence; back -= 1) if (tokens[back].kind === 'word') before += 1;
  return before < words;
}

function colonWithin(tokens: readonly Token[], at: number, span: number): boolean {
  for (let next = at + 1; next <= at + span && tokens[next]?.sentence === tokens[at].sentence; next += 1) if (tokens[next].lower === ':') return true;
  return false;
}

/** Two sentences with no line break between them. */
function sameLine(text: string, before: readonly Token[], after: readonly Token[]): boolean {
  const end = before.at(-1)?.end;
  const start = after[0]?.start;
  return end !== undefined && start !== undefined && !text.slice(end, start).includes('\n');
}

/** A ':' at `at`, after any emphasis marks ('**Not needed**:'). */
function colonAfterMarks(tokens: readonly Token[], at: number): boolean {
  let next = at;
  while (tokens[next]?.lower === '*' || tokens[next]?.lower === '_') next += 1;
  return tokens[next]?.lower === ':';
}

/** The token at `index` is part of 'lift and shift' (or 'lift & shift', 'lift-and-shift'). */
function liftAndShift(tokens: readonly Token[], index: number): boolean {
  const around = tokens.slice(Math.max(0, index - 4), index + 5).map((token) => token.lower);
  const lift = around.indexOf('lift');
  return lift >= 0 && around.slice(lift + 1, lift + 4).includes('shift');
}

/**
 * The cues each sentence carries ('migrate' makes 'to Aurora' a migration
 * target; an engine name makes 'on-premises' where the source database runs).
 *
 * @example
 * sentenceCues(tokenize('Migrate Oracle. Spark jobs.'))[1].has('etl'); // true
 */
export function sentenceCues(tokens: readonly Token[]): Set<Cue>[] {
  const cues: Set<Cue>[] = [];
  tokens.forEach((token, index) => {
    cues[token.sentence] ??= new Set();
    // A negated word sets no context: 'no app migration' is no migration.
    const negated = token.negated && token.lemma !== 'not';
    // '1,500 inserts per second' counts a database's load; 'every insert' or 'inserts, updates and deletes' is change capture.
    const counted = tokens[index - 1]?.kind === 'number' && (token.lower === 'insert' || token.lower === 'inserts');
    // 'lift and shift' moves a system; a lift gate does not, nor does a shift worked ('the morning shift').
    const lift = token.lower === 'lift' && !liftAndShift(tokens, index);
    const workShift = token.lower === 'shift' && WORK_SHIFTS.has(tokens[index - 1]?.lower ?? '');
    // 'Is Firehose on its own enough': alone, not owned by the team.
    const alone = token.lower === 'own' && tokens[index - 2]?.lower === 'on';
    const found = negated || counted || lift || workShift || alone ? undefined : CUES_BY_WORD.get(token.lower);
    if (found) for (const cue of found) cues[token.sentence].add(cue);
    // A copy kept 'in sync' with its source is a replication ('keep Redshift continuously in sync'); a file 'sync' is not.
    if (!negated && token.lower === 'sync' && tokens[index - 1]?.lower === 'in') {
      cues[token.sentence].add('migration');
      cues[token.sentence].add('database');
    }
  });
  return cues;
}
