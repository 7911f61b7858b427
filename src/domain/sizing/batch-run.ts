import type { Workload } from '../workload/schema.js';
import { formatNumber } from '../words/number-format.js';
import type { Premise } from './premise.js';

/** A schedule runs once a day unless the workload says otherwise (it has no field for the interval). */
export const ASSUMED_RUN_INTERVAL_HOURS = 24;
/** Assumed when nothing says what one run reads: a modest daily delta, to be replaced by `processing.inputPerRunGB`. */
export const DEFAULT_INPUT_PER_RUN_GB = 100;
/** Assumed windows: batch latency means an overnight run of 8 hours; fresher answers, 1 hour. */
export const BATCH_WINDOW_HOURS = 8;
export const SHORT_WINDOW_HOURS = 1;

/** What one batch run reads, how long it may take, and where each number came from. */
export interface BatchRun {
  /** What runs, for a sentence: 'the Glue job', 'the EMR cluster'. */
  what: string;
  /** Data one run reads, in GB. */
  gb: number;
  /** 'input': stated per run; 'rate': the ingest rate over the run interval; 'default': assumed. */
  basis: 'input' | 'rate' | 'default';
  windowHours: number;
  windowStated: boolean;
  premises: Premise[];
  /** The sizing-guess to raise when the input per run is assumed: its message and the field that would replace it. */
  guess?: { field: string; message: string };
}

/**
 * The window one run may take: `processing.runWindowHours`, else 8 hours for batch latency (or none stated), 1 hour otherwise.
 *
 * @example
 * runWindow({ latency: 'batch' }); // { hours: 8, stated: false }
 */
export function runWindow(workload: Workload): { hours: number; stated: boolean } {
  const stated = workload.processing?.runWindowHours;
  if (stated !== undefined) return { hours: stated, stated: true };
  const latency = workload.latency;
  return { hours: latency === undefined || latency === 'batch' ? BATCH_WINDOW_HOURS : SHORT_WINDOW_HOURS, stated: false };
}

/**
 * The data one batch run reads, never the whole store: `processing.inputPerRunGB`, else the
 * ingest rate over a day's run interval, else an assumed 100 GB (no more than is stored), which
 * raises a sizing-guess asking for `processing.inputPerRunGB`.
 *
 * @example
 * batchRun({ data: { volumeTB: 400 }, processing: { inputPerRunGB: 3000 } }, 'the EMR cluster').gb; // 3000
 * batchRun({ data: { volumeTB: 400 } }, 'the EMR cluster').basis; // 'default'
 */
export function batchRun(workload: Workload, what: string): BatchRun {
  const window = runWindow(workload);
  const windowPremise: Premise = window.stated
    ? { quantity: 'run window', value: window.hours, unit: 'hours', from: 'workload', field: 'processing.runWindowHours' }
    : { quantity: 'run window', value: window.hours, unit: 'hours', from: 'default', field: 'processing.runWindowHours' };
  const base = { what, windowHours: window.hours, windowStated: window.stated };
  const input = workload.processing?.inputPerRunGB;
  if (input !== undefined) {
    return { ...base, gb: input, basis: 'input', premises: [{ quantity: 'input per run', value: input, unit: 'GB', from: 'workload', field: 'processing.inputPerRunGB' }, windowPremise] };
  }
  const mbps = workload.ingestion?.throughputMBps;
  if (mbps !== undefined && mbps > 0) {
    const gb = (mbps * ASSUMED_RUN_INTERVAL_HOURS * 3600) / 1000;
    return {
      ...base,
      gb,
      basis: 'rate',
      premises: [
        { quantity: 'write rate', value: mbps, unit: 'MB/s', from: 'workload', field: 'ingestion.throughputMBps' },
        { quantity: 'run interval', value: ASSUMED_RUN_INTERVAL_HOURS, unit: 'hours', from: 'default' },
        { quantity: 'input per run', value: Math.round(gb * 10) / 10, unit: 'GB', from: 'derived', field: 'processing.inputPerRunGB' },
        windowPremise,
      ],
    };
  }
  const storedGB = workload.data?.volumeTB === undefined ? undefined : workload.data.volumeTB * 1000;
  const gb = storedGB === undefined ? DEFAULT_INPUT_PER_RUN_GB : Math.min(storedGB, DEFAULT_INPUT_PER_RUN_GB);
  return {
    ...base,
    gb,
    basis: 'default',
    premises: [{ quantity: 'input per run', value: gb, unit: 'GB', from: 'default', field: 'processing.inputPerRunGB' }, windowPremise],
    guess: {
      field: 'processing.inputPerRunGB',
      message: `${what.charAt(0).toUpperCase()}${what.slice(1)} is sized for an assumed ${formatNumber(gb)} GB read per run (processing.inputPerRunGB): nothing says what one run reads${storedGB === undefined ? '' : `, and the ${formatNumber(storedGB / 1000)} TB stored is not what a recurring run reads`}, so the size could be off more than twofold. Say the data one run reads.`,
    },
  };
}

/**
 * The sentence that says where one run's input came from, in the workload's own figures.
 *
 * @example
 * runInputSentence(batchRun({ processing: { inputPerRunGB: 200 } }, 'the Glue job'), {}); // 'Each run of the Glue job reads 200 GB (processing.inputPerRunGB) …'
 */
export function runInputSentence(run: BatchRun, workload: Workload): string {
  const window = run.windowStated ? `within the stated ${formatNumber(run.windowHours)}-hour window` : `within an assumed ${formatNumber(run.windowHours)}-hour window (${run.windowHours === BATCH_WINDOW_HOURS ? 'an overnight run' : 'answers within the hour'}: say processing.runWindowHours if yours differs)`;
  const stored = workload.data?.volumeTB;
  const backfill = stored !== undefined && stored * 1000 > run.gb * 2 ? ` The ${formatNumber(stored)} TB already stored is read once, by a first full load sized as a job of its own, not by every run.` : '';
  if (run.basis === 'input') return `Each run of ${run.what} reads ${formatNumber(run.gb)} GB (processing.inputPerRunGB), ${window}.${backfill}`;
  if (run.basis === 'rate') {
    return `${formatNumber(workload.ingestion?.throughputMBps ?? 0)} MB/s over a ${ASSUMED_RUN_INTERVAL_HOURS}-hour run interval is about ${formatNumber(run.gb)} GB for each run of ${run.what} (one run a day; runs more often are each smaller), ${window}.${backfill}`;
  }
  return `Nothing says what one run of ${run.what} reads: sized for an assumed ${formatNumber(run.gb)} GB per run, ${window}.${backfill}`;
}
