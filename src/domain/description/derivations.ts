import { byPosition, settleReadings } from './field-policy.js';
import { promoteCountedEach, promoteCountedReporter, reportsOnItsOwn } from './quantities.js';
import { addSpanReading, type Reading, type ScanState } from './reading.js';

/**
 * Figures derived within a sentence (a stated figure beats them): records/s =
 * producers × records per period ÷ period ('50,000 sensors … every 5 seconds'),
 * a rate stated per producer × producers ('300 cameras, 2 Mbps each'), and
 * batch ingestion where files arrive every period ('upload files every night').
 *
 * @example
 * deriveFromSentences(state); // adds ingestion.recordsPerSecond 10000 for the sensor sentence
 */
export function deriveFromSentences(state: ScanState): void {
  const aside = inParentheses(state.tokens);
  // A file noun in an aside says what a record holds ('a 3 KiB payload (GPS fix plus CAN-bus snapshot) every 2 seconds').
  const fileSentences = new Set(state.tokens.filter((token, at) => FILE_NOUNS.has(token.lower) && !aside[at]).map((token) => token.sentence));
  // Files that arrive on a schedule ('upload sales files every night') are a batch, not a stream of records.
  for (const period of firstPerSentence(state.periods)) {
    if (fileSentences.has(period.sentence)) addSpanReading(state, 'ingestion.mode', 'batch', period.start, period.end, period.sentence, { derived: true });
  }
  // Files of a known size on a period, from every producer: '600 stores … a file every hour, about 50 MB per file'.
  for (const file of state.fileSizes) {
    const period = state.periods.find((candidate) => candidate.sentence === file.sentence);
    if (!period) continue;
    const producers = state.producers.find((candidate) => candidate.sentence === file.sentence) ?? state.producers[0];
    const count = producers?.value ?? 1;
    const start = Math.min(file.start, period.start, producers?.start ?? file.start);
    const end = Math.max(file.end, period.end, producers?.end ?? file.end);
    addSpanReading(state, 'ingestion.throughputMBps', (count * period.count * file.megabytes) / period.seconds, start, end, file.sentence, { derived: true });
  }
  // 'Bay A with 140 tools … Each tool emits records at 10 Hz': the things counted earlier are the producers.
  for (const sentence of new Set(state.periods.map((period) => period.sentence))) promoteCountedEach(state, sentence) || promoteCountedReporter(state, sentence);
  // 'We have 350 machines. Each machine sends 50 readings per second': producers counted in an earlier sentence.
  const withProducers = new Set(state.producers.map((fact) => fact.sentence));
  // A rate stated per producer ('1 msg/min per car') needs no 'each' to take them.
  const perProducer = new Set(state.perProducerRates.map((rate) => rate.sentence));
  const carried = [...new Set([...state.periods, ...state.perProducerRates].map((fact) => fact.sentence))]
    .filter((sentence) => !withProducers.has(sentence) && (perProducer.has(sentence) || startsWithEach(state, sentence) || reportsOnItsOwn(state, sentence)))
    .flatMap((sentence) => {
      const earlier = state.producers.findLast((fact) => fact.sentence < sentence);
      return earlier ? [{ ...earlier, sentence }] : [];
    });
  for (const producers of firstPerSentence([...state.producers, ...carried])) {
    const period = state.periods.find((candidate) => candidate.sentence === producers.sentence);
    if (period && !fileSentences.has(period.sentence)) {
      const start = Math.min(producers.start, period.start);
      const end = Math.max(producers.end, period.end);
      const value = (producers.value * period.count * fleetShare(state.tokens, period.sentence)) / period.seconds;
      addSpanReading(state, 'ingestion.recordsPerSecond', value, start, end, producers.sentence, { derived: true, period: period.seconds });
    }
    for (const rate of state.perProducerRates) {
      if (rate.sentence !== producers.sentence) continue;
      const start = Math.min(producers.start, rate.start);
      const end = Math.max(producers.end, rate.end);
      addSpanReading(state, rate.field, rate.value * producers.value, start, end, producers.sentence, { derived: true, period: rate.period });
    }
  }
}

const FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 1 / 2], ['third', 1 / 3], ['quarter', 1 / 4], ['fifth', 1 / 5], ['tenth', 1 / 10]]);
const SHARE_VERBS = new Set(['are', 'is', 'of', 'do', 'does', 'were', 'being']);

/**
 * The largest share of the fleet said to report at once, next to its period ('maybe 60% are out at once', 'roughly a third
 * of the fleet do it every 5 min', 'a third are being ridden'); 1 when none is said. Rates are sized for that peak.
 */
function fleetShare(tokens: ScanState['tokens'], sentence: number): number {
  let share = 0;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token.sentence < sentence - 1 || token.sentence > sentence + 1) continue;
    let value: number | undefined;
    let next = at + 1;
    if (token.kind === 'number' && tokens[at + 1]?.lower === '%' && token.value > 0 && token.value < 100) {
      value = token.value / 100;
      next = at + 2;
    } else if ((token.lower === 'a' || token.lower === 'one') && FRACTIONS.has(tokens[at + 1]?.lower ?? '')) {
      value = FRACTIONS.get(tokens[at + 1].lower);
      next = at + 2;
    }
    if (value !== undefined && SHARE_VERBS.has(tokens[next]?.lower ?? '')) share = Math.max(share, value);
  }
  return share > 0 ? share : 1;
}

/** For each token, whether it sits between '(' and ')' in its sentence. */
function inParentheses(tokens: ScanState['tokens']): boolean[] {
  const inside: boolean[] = [];
  let open = -1;
  for (const [at, token] of tokens.entries()) {
    if (open >= 0 && tokens[open].sentence !== token.sentence) open = -1;
    if (token.kind === 'mark' && token.lower === '(') open = at;
    else if (token.kind === 'mark' && token.lower === ')') open = -1;
    inside.push(open >= 0 && at > open);
  }
  return inside;
}

/** The sentence speaks of each producer: 'Each machine…', 'every truck is sending…'. */
function startsWithEach(state: ScanState, sentence: number): boolean {
  return state.tokens.some((token, at) => token.sentence === sentence && (token.lower === 'each' || token.lower === 'every') && state.tokens[at + 1]?.kind === 'word' && state.tokens[at + 1].sentence === sentence && (state.tokens[at + 1].pos === 'NOUN' || state.tokens[at + 1].pos === 'PROPN'));
}

/** What a batch drop is called: a sentence naming one with a period reads as batch ingestion. */
const FILE_NOUNS = new Set(['file', 'files', 'export', 'exports', 'extract', 'extracts', 'dump', 'dumps', 'snapshot', 'snapshots']);

function firstPerSentence<Fact extends { sentence: number }>(facts: readonly Fact[]): Fact[] {
  const seen = new Set<number>();
  return facts.filter((fact) => !seen.has(fact.sentence) && seen.add(fact.sentence));
}

/**
 * Write rate derived from the settled records/s and record size when the
 * text states no rate itself: MB/s = records/s × KB ÷ 1000. Its evidence
 * spans both figures.
 *
 * @example
 * withDerivedThroughput(settled); // 10,000 records/s of 0.4 KB → throughputMBps 4
 */
export function withDerivedThroughput(settled: readonly Reading[], flows: (reading: Reading) => boolean = () => true): Reading[] {
  const find = (field: string) => settled.find((reading) => reading.field === field);
  const rate = find('ingestion.recordsPerSecond');
  const size = find('ingestion.recordSizeKB');
  const throughput = find('ingestion.throughputMBps');
  if (!size || (rate ? throughput : !throughput)) return withDerivedMode([...settled], flows);
  const from = (rate ?? throughput) as Reading;
  const derived: Reading = {
    field: rate ? 'ingestion.throughputMBps' : 'ingestion.recordsPerSecond',
    // MB/s = records/s × KB ÷ 1000, and records/s = MB/s × 1000 ÷ KB.
    value: rate ? ((rate.value as number) * (size.value as number)) / 1000 : ((from.value as number) * 1000) / (size.value as number),
    start: Math.min(from.start, size.start),
    end: Math.max(from.end, size.end),
    derived: true,
    sentence: Math.min(from.sentence, size.sentence),
    seq: Math.max(from.seq, size.seq) + 0.5,
    period: from.period,
  };
  return withDerivedMode(settleReadings([...settled, derived].sort(byPosition)), flows);
}

/** The longest period a stated rate may have and still mean data flows continuously: a minute. */
const CONTINUOUS_SECONDS = 60;

/**
 * Streaming ingestion derived from a rate stated per second or per minute ('1,800 records/sec',
 * '3 million events per minute') when the text names no mode: a figure per day or per hour,
 * or files on a period, say nothing of it.
 *
 * `flows` keeps out rates that are no data arriving (a database's transactions per second).
 *
 * @example
 * withDerivedMode(settled); // '20 MB/s of events' → ingestion.mode streaming
 */
export function withDerivedMode(settled: Reading[], flows: (reading: Reading) => boolean = () => true): Reading[] {
  const mode = settled.find((reading) => reading.field === 'ingestion.mode');
  const rate = settled.find(
    (reading) =>
      (reading.field === 'ingestion.recordsPerSecond' || reading.field === 'ingestion.throughputMBps') &&
      reading.period !== undefined &&
      reading.period <= CONTINUOUS_SECONDS &&
      flows(reading),
  );
  const streamingFrom = (from: Reading): Reading => ({ ...from, field: 'ingestion.mode', value: 'streaming', derived: true, seq: from.seq + 0.25 });
  const modeFrom = (from: Reading) => settled.map((reading) => (reading === mode ? streamingFrom(from) : reading));
  // '18,000 ovens, each a message every 5 minutes' (60 a second together) beside 'daily refresh is fine' for the dashboards: the fleet streams.
  const fleet = settled.find((reading) => reading.field === 'ingestion.recordsPerSecond' && reading.derived && (reading.value as number) >= 1 && reading.period !== undefined && reading.period <= 3600 && flows(reading));
  if (mode?.value === 'batch' && mode.derived !== true && fleet !== undefined && fleet.sentence !== mode.sentence) return modeFrom(fleet);
  if (!rate) return settled;
  if (!mode) return [...settled, streamingFrom(rate)].sort(byPosition);
  // '1,500 events/sec at peak' beside 'F&B comes from the POS as a nightly csv': the stream is the workload's way in, the nightly file a side flow.
  const sideBatch = mode.value === 'batch' && !rate.derived && rate.period !== undefined && rate.period <= 1 && rate.sentence !== mode.sentence;
  return sideBatch ? modeFrom(rate) : settled;
}
