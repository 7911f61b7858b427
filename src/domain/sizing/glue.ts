import type { Workload } from '../workload/schema.js';
import { sizeGlueStreaming } from './glue-streaming.js';
import { ASSUMED_RUN_INTERVAL_HOURS, perRunVolume, PYTHON_SHELL_MAX_GB, type RunVolume, workerShape, workersFor, workersSentence, workerTypeFor } from './glue-workers.js';
import { type Configuration, type Sizer, type SizingInput, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/** Glue's default worker count for a new Spark job (Glue Studio job details). */
const DEFAULT_WORKERS = 10;

const TRIGGERS: Readonly<Record<string, { type: string; how: string }>> = {
  schedule: { type: 'SCHEDULED', how: 'a scheduled trigger (cron expression) starts the job' },
  'new-data': {
    type: 'EVENT',
    how: 'an EventBridge event trigger starts a workflow when new objects land (optionally batched by count and time window)',
  },
  chained: { type: 'CONDITIONAL', how: 'conditional triggers start each job when the one before it (or a crawler) succeeds' },
  manual: { type: 'ON_DEMAND', how: 'an on-demand trigger starts the job from the console, CLI or API' },
};

/** The flows Glue serves all stream in; for a job about the whole workload, all its data streams in. */
function servesStreams({ flows, reading }: SizingInput): boolean {
  if (flows.length > 0) return flows.every((flow) => flow.arrival === 'stream');
  return reading.streaming && !reading.atRest && !reading.migration;
}

/** Where one run's volume comes from, said with the workload's own figures. */
function runSentence(workload: Workload, run: RunVolume): string {
  if (run.basis === 'first-full-run') {
    return `No ingest rate was given, so the first run reads all ${formatNumber(workload.data?.volumeTB ?? 0)} TB (${formatNumber(run.gb)} GB) and is sized for it; job bookmarks then make later runs incremental, and auto scaling lets them use fewer workers.`;
  }
  const schedule = workload.processing?.etlTrigger === 'schedule' ? 'a daily schedule' : 'one run a day';
  return `${formatNumber(workload.ingestion?.throughputMBps ?? 0)} MB/s over ${ASSUMED_RUN_INTERVAL_HOURS} hours is about ${formatNumber(run.gb)} GB per run, assuming ${schedule} (runs more often would each be smaller: say so); job bookmarks make each run read only what arrived since the last.`;
}

/** Flex for cost; when the run would want a type past G.2X, more G.2X workers stand in for it. */
function flexSentence(gb: number | undefined, workerType: string): string {
  const wanted = gb === undefined ? workerType : workerTypeFor(gb, false);
  const stand = wanted === workerType ? '' : ` (Flex began on G.1X and G.2X workers, so more G.2X workers stand in for ${wanted})`;
  return `With cost the top priority, run in the Flex execution class: spare capacity at a lower price per DPU-hour, for runs whose start and finish times may vary${stand}.`;
}

/** A Spark batch job sized by one run, Flex when cost comes first. */
function sizeSparkJob(workload: Workload, run: RunVolume | undefined): SizingResult {
  const flex = workload.costPriority === 'lowest';
  const workerType = run === undefined ? 'G.1X' : workerTypeFor(run.gb, flex);
  const workers = run === undefined ? DEFAULT_WORKERS : workersFor(run.gb, workerType);
  const configuration: Configuration = { jobType: 'spark', workerType, numberOfWorkers: workers, executionClass: flex ? 'FLEX' : 'STANDARD', jobBookmarks: true };
  if (run !== undefined) configuration.perRunGB = Math.round(run.gb * 10) / 10;
  if (run?.basis === 'first-full-run') configuration.autoScaling = true;
  configuration.outputFormat = 'parquet';
  const rationale =
    run === undefined
      ? [`With neither an ingest rate nor a volume, start a Spark job on Glue's default of ${plural(DEFAULT_WORKERS, 'G.1X worker')} (${workerShape('G.1X')}); job bookmarks process only new data on each run.`]
      : [runSentence(workload, run), workersSentence(run.gb, workerType, workers)];
  if (flex) rationale.push(flexSentence(run?.gb, workerType));
  rationale.push('Write Parquet, partitioned by date, so later queries read less.');
  return { configuration, rationale, warnings: [] };
}

/**
 * Glue ETL job from the volume of one run, not the whole lake: Python shell for small runs, Spark
 * with workers by run size (Flex when cost comes first, bookmarks for incremental runs), or a
 * streaming job when the data it serves streams in.
 *
 * @example
 * sizeGlueEtl({ workload: { ingestion: { throughputMBps: 2 }, processing: { etlTrigger: 'schedule' } }, recommended, flows: [], reading })
 *   .configuration; // { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 9, … }
 */
export const sizeGlueEtl: Sizer = (input): SizingResult => {
  const { workload } = input;
  if (servesStreams(input)) return sizeGlueStreaming(workload);
  const run = perRunVolume(workload);
  if (run !== undefined && run.gb < PYTHON_SHELL_MAX_GB) {
    return {
      configuration: { jobType: 'python-shell', dpu: 1, perRunGB: Math.round(run.gb * 10) / 10 },
      rationale: [`${formatNumber(run.gb)} GB a run is small enough for a Python shell job (0.0625 or 1 DPU) instead of a Spark cluster.`],
      warnings: [],
    };
  }
  return sizeSparkJob(workload, run);
};

/**
 * The Glue trigger that matches how the ETL starts.
 *
 * @example
 * sizeGlueJobs({ workload: { processing: { etlTrigger: 'new-data' } }, recommended, flows: [], reading }).configuration.triggerType; // 'EVENT'
 */
export const sizeGlueJobs: Sizer = ({ workload }): SizingResult => {
  const trigger = workload.processing?.etlTrigger;
  if (!trigger) {
    return { configuration: { triggerType: 'SCHEDULED' }, rationale: ['Without a stated trigger, start with a scheduled trigger and chain later steps with conditional triggers.'], warnings: [] };
  }
  const { type, how } = TRIGGERS[trigger];
  return {
    configuration: { triggerType: type, workflow: trigger === 'new-data' || trigger === 'chained' },
    rationale: [`ETL starts on ${trigger === 'new-data' ? 'new data' : `a ${trigger}`} trigger: ${how}.`],
    warnings: [],
  };
};
