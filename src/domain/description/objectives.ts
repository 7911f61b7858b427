import { readDuration } from './durations.js';
import { addReading, consume, type ScanState } from './reading.js';
import { sentenceHas } from './sentence-roles.js';
import type { Token } from './tokens.js';
import { timeUnitSeconds } from './units.js';

/** Words that name a recovery objective, by lemma: 'RPO 15 minutes', 'recovery time objective of 4 hours', 'recover within 15 minutes'. */
const RECOVERY_POINT = new Set(['rpo']);
const RECOVERY_TIME = new Set(['rto', 'recover', 'restore', 'failover']);
/** What a service is back in: 'back in service', 'back in business', 'back in operation', 'back in production'. */
const BACK_IN = new Set(['service', 'business', 'operation', 'production']);
/** Words a recovery objective may reach across before its duration, what it is back in among them. */
const LINKS = new Set(['from', 'of', 'is', ':', '=', '<', '~', '(', ')', ...BACK_IN, 'under', 'within', 'in', 'at', 'most', 'max', 'about', 'around', 'objective', 'target', 'be', 'must', 'should', 'than', 'less', 'no', 'more', 'up', 'online', 'running', 'again']);
/** Words before 'again' that say a service is back: 'serving again', 'running again', 'online again'. */
const AGAIN_AFTER = new Set(['serving', 'running', 'online', 'up', 'operational', 'available', 'live', 'working', 'back', 'trading', 'open', 'selling']);
const DATA_WORDS = new Set([
  'data', 'transaction', 'transactions', 'record', 'records', 'events', 'writes', 'changes', 'reading', 'readings', 'message', 'messages', 'rows', 'orders', 'bookings', 'updates',
  'entries', 'items', 'payments', 'claims', 'trades', 'documents', 'files',
]);
/** Where a batch run ends or how long it takes: 'finish in 3 hours', 'may take up to 6 hours', 'a 4-hour window'. */
const RUN_VERBS = new Set(['finish', 'complete', 'take', 'last', 'done', 'run', 'end']);
const RUN_CUES = new Set(['job', 'run', 'batch', 'etl', 'pipeline', 'load', 'transform', 'spark', 'nightly', 'window', 'step', 'workflow']);
const RUN_LINKS = new Set(['in', 'within', 'under', 'up', 'to', 'by', 'about', 'around', 'roughly', 'max', 'at', 'most', 'a', 'an', '~', 'less', 'than', 'no', 'more', 'be']);

/** Words of a loss in a sentence where something must be 'back within' a time: the time is a recovery time. */
const LOSS_WORDS = new Set(['lose', 'lost', 'loss', 'outage', 'down', 'disaster', 'failover', 'dr', 'rpo', 'rto']);

/** 'lose no more than 1 minute of registrations': a time unit followed by 'of' a few words after the loss, whatever is lost. */
function minutesOfSomething(tokens: readonly Token[], index: number): boolean {
  for (let at = index + 2; at <= index + 7 && at < tokens.length && tokens[at].clause === tokens[index].clause; at += 1) {
    if (tokens[at].lower === 'of' && timeUnitSeconds(tokens[at - 1]) !== undefined) return true;
  }
  return false;
}

function objectiveField(tokens: readonly Token[], index: number): 'resilience.recoveryPointMinutes' | 'resilience.recoveryTimeMinutes' | undefined {
  const token = tokens[index];
  const next = tokens[index + 1]?.lemma;
  // 'lose at most 5 minutes of data' is a recovery point; 'be back up within 2 hours' a recovery time.
  if (token.lemma === 'lose' && (sentenceHas(tokens, index, DATA_WORDS) || minutesOfSomething(tokens, index))) return 'resilience.recoveryPointMinutes';
  // 'lose no more than 1 minute of registrations and have the register back within 30 minutes'.
  if (token.lower === 'back' && (next === 'within' || next === 'in') && sentenceHas(tokens, index, LOSS_WORDS)) return 'resilience.recoveryTimeMinutes';
  if (token.lower === 'back' && (next === 'up' || next === 'online' || next === 'running')) return 'resilience.recoveryTimeMinutes';
  // 'back in service within fifteen minutes', 'back in business within the hour'.
  if (token.lower === 'back' && next === 'in' && BACK_IN.has(tokens[index + 2]?.lower ?? '')) return 'resilience.recoveryTimeMinutes';
  // 'serving again from us-west-2 within 2 hours', 'up and running again in 30 minutes'.
  // 'selling tokens again within 30 minutes': what is done again may stand between.
  if (token.lower === 'again' && (AGAIN_AFTER.has(tokens[index - 1]?.lower ?? '') || AGAIN_AFTER.has(tokens[index - 2]?.lower ?? ''))) return 'resilience.recoveryTimeMinutes';
  if (RECOVERY_POINT.has(token.lemma) || (token.lemma === 'recovery' && next === 'point')) return 'resilience.recoveryPointMinutes';
  if (RECOVERY_TIME.has(token.lemma) || (token.lemma === 'recovery' && (next === 'time' || next === 'within' || next === 'in'))) return 'resilience.recoveryTimeMinutes';
  return undefined;
}

/**
 * Reads a recovery objective at `index` ('RPO 15 minutes', 'an RTO of 1 hour', 'recover within
 * 15 minutes') in minutes: disaster recovery, never a latency.
 *
 * @example
 * readRecoveryObjective(state, 0); // 'RPO 15 minutes' → resilience.recoveryPointMinutes 15
 */
export function readRecoveryObjective(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const field = objectiveField(tokens, index);
  if (!field) return readLostDuration(state, index);
  let skipped = 0;
  for (let at = index + 1; at <= index + 5 + skipped && at < tokens.length && tokens[at].sentence === tokens[index].sentence; at += 1) {
    // A Region read already ('serving again from us-west-2 within 2 hours') is stepped over.
    if (state.consumed[at]) {
      skipped += 1;
      continue;
    }
    const duration = readDuration(tokens, at, false);
    if (duration?.seconds !== undefined) {
      addReading(state, field, duration.seconds / 60, index, duration.next - 1);
      consume(state, index, duration.next - 1);
      return duration.next;
    }
    if (!LINKS.has(tokens[at].lower) && !(tokens[at].lemma === 'point' || tokens[at].lemma === 'time')) return undefined;
  }
  return undefined;
}

/**
 * Reads how long one batch run may take, at a duration that starts at `index`: after a verb of
 * finishing or taking ('must finish in 3 hours', 'may take up to 6 hours') or before 'window'
 * ('a 4-hour window'), in a sentence about a job or run.
 *
 * @example
 * readRunWindow(state, 5); // 'The job must finish in 3 hours' → processing.runWindowHours 3
 */
export function readRunWindow(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const duration = readDuration(tokens, index, false);
  if (duration?.seconds === undefined || duration.seconds < 600 || duration.seconds > 3 * 86_400) return undefined;
  const window = tokens[duration.next]?.lemma === 'window';
  let verb = false;
  for (let at = index - 1; at >= index - 5 && at >= 0 && tokens[at].clause === tokens[index].clause; at -= 1) {
    // 'must be done in 4 hours' is the window; 'last week the job took 11 hours' is how long it ran, no window.
    if (RUN_VERBS.has(tokens[at].lemma) || tokens[at].lower === 'done') {
      verb = tokens[at].lower !== 'took';
      break;
    }
    if (!RUN_LINKS.has(tokens[at].lower)) break;
  }
  if (!window && !(verb && sentenceHas(tokens, index, RUN_CUES))) return undefined;
  const last = window ? duration.next : duration.next - 1;
  addReading(state, 'processing.runWindowHours', duration.seconds / 3600, index, last);
  consume(state, index, last);
  return last + 1;
}

/** A time of day at `index` in hours ('01:00', '22:30', '5am', '5 pm'), and the token after it. */
function clockAt(tokens: readonly Token[], index: number): { hours: number; next: number } | undefined {
  const hour = tokens[index];
  if (hour?.kind !== 'number' || !/^\d{1,2}$/.test(hour.lower)) return undefined;
  const h = Number(hour.lower);
  const minutes = tokens[index + 2];
  if (tokens[index + 1]?.lower === ':' && minutes?.kind === 'number' && /^\d{2}$/.test(minutes.lower) && h <= 24 && Number(minutes.lower) < 60) {
    return { hours: h + Number(minutes.lower) / 60, next: index + 3 };
  }
  const half = tokens[index + 1]?.lower;
  if ((half === 'am' || half === 'pm') && h >= 1 && h <= 12) return { hours: (h % 12) + (half === 'pm' ? 12 : 0), next: index + 2 };
  return undefined;
}

/** Words that join the two ends of a clock range: 'between 01:00 and 05:00', 'from 1am to 5am', '22:00-04:00'. */
const RANGE_JOINS = new Set(['and', 'to', 'until', 'till', '-', '\u2013']);

/**
 * Reads a batch run's window given as times of day ('must finish between 01:00 and 05:00', 'the job
 * runs from 10pm to 4am', 'window 22:00-04:00') in a sentence about a run: the hours between them.
 *
 * @example
 * readClockWindow(state, 4); // 'The extract must finish between 01:00 and 05:00' → processing.runWindowHours 4
 */
export function readClockWindow(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  const opener = tokens[index].lower;
  const startAt = opener === 'between' || opener === 'from' ? index + 1 : index;
  const start = clockAt(tokens, startAt);
  if (!start) return undefined;
  let endAt = start.next;
  if (RANGE_JOINS.has(tokens[endAt]?.lower ?? '')) endAt += 1;
  else if (tokens[endAt] && state.text.slice(tokens[start.next - 1].end, tokens[endAt].start).trim() !== '-') return undefined;
  const end = clockAt(tokens, endAt);
  if (!end || !(sentenceHas(tokens, index, RUN_CUES) || sentenceHas(tokens, index, RUN_VERBS) || sentenceHas(tokens, index, WINDOW_WORDS))) return undefined;
  const hours = (end.hours - start.hours + 24) % 24;
  if (hours === 0) return undefined;
  addReading(state, 'processing.runWindowHours', hours, index, end.next - 1);
  consume(state, index, end.next - 1);
  return end.next;
}
const WINDOW_WORDS = new Set(['window', 'extract', 'export', 'finish']);

/** 'at most fifteen minutes of readings may be lost': a duration of data that may be lost, said before the loss. */
function readLostDuration(state: ScanState, index: number): number | undefined {
  const { tokens } = state;
  let from = index;
  while (from < index + 4 && LINKS.has(tokens[from]?.lower ?? '')) from += 1;
  const duration = readDuration(tokens, from, false);
  if (duration?.seconds === undefined || tokens[duration.next]?.lower !== 'of') return undefined;
  // '5 minutes of data lost', '5 minutes of committed work orders be lost', 'one minute of prescriptions lost': what is lost within three words.
  for (let at = duration.next + 2; at <= duration.next + 6 && at < tokens.length && tokens[at].sentence === tokens[index].sentence; at += 1) {
    if (tokens[at].lower !== 'lost') continue;
    addReading(state, 'resilience.recoveryPointMinutes', duration.seconds / 60, index, at);
    consume(state, index, at);
    return at + 1;
  }
  return undefined;
}
