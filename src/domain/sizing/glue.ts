import type { Workload } from '../workload/schema.js';
import { type BatchRun, batchRun, runInputSentence } from './batch-run.js';
import { sizeGlueStreaming } from './glue-streaming.js';
import { GB_PER_DPU_PER_RUN, PYTHON_SHELL_MAX_GB, workersFor, workersSentence, workerTypeFor } from './glue-workers.js';
import { type Configuration, type Sizer, type SizingInput, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

const TRIGGERS: Readonly<Record<string, { type: string; how: string }>> = {
  schedule: { type: 'SCHEDULED', how: 'a scheduled trigger (cron expression) starts the job' },
  'new-data': {
    type: 'EVENT',
    how: 'an EventBridge event trigger starts a workflow when new objects land (optionally batched by count and time window)',
  },
  chained: { type: 'CONDITIONAL', how: 'conditional triggers start each job when the one before it (or a crawler) succeeds' },
  manual: { type: 'ON_DEMAND', how: 'an on-demand trigger starts the job from the console, CLI or API' },
};

/** The flows Glue serves all stream in, and nothing else lands them; for a job about the whole workload, all its data streams in. */
function servesStreams({ flows, reading, recommended }: SizingInput): boolean {
  // Firehose already writes the stream into the lake: the job transforms what landed, in batches (one writer per flow).
  if (recommended.has('kinesis-data-firehose')) return false;
  if (flows.length > 0) return flows.every((flow) => flow.arrival === 'stream');
  return reading.streaming && !reading.atRest && !reading.migration;
}

/** Flex for cost; when the run would want a type past G.2X, more G.2X workers stand in for it. */
function flexSentence(gb: number | undefined, workerType: string): string {
  const wanted = gb === undefined ? workerType : workerTypeFor(gb, false);
  const stand = wanted === workerType ? '' : ` (Flex began on G.1X and G.2X workers, so more G.2X workers stand in for ${wanted})`;
  return `With cost the top priority, run in the Flex execution class: spare capacity at a lower price per DPU-hour, for runs whose start and finish times may vary${stand}.`;
}

/** A Spark batch job sized by one run's input, Flex when cost comes first. */
function sizeSparkJob(workload: Workload, run: BatchRun): SizingResult {
  const flex = workload.costPriority === 'lowest';
  const workerType = workerTypeFor(run.gb, flex);
  const workers = workersFor(run.gb, workerType);
  const configuration: Configuration = { jobType: 'spark', workerType, numberOfWorkers: workers, executionClass: flex ? 'FLEX' : 'STANDARD', jobBookmarks: true };
  configuration.perRunGB = Math.round(run.gb * 10) / 10;
  configuration.autoScaling = true;
  configuration.outputFormat = 'parquet';
  const rationale = [runInputSentence(run, workload), workersSentence(run.gb, workerType, workers), 'Job bookmarks make each run read only what arrived since the last, and auto scaling lets a light run use fewer workers.'];
  if (flex) rationale.push(flexSentence(run.gb, workerType));
  rationale.push('Write Parquet, partitioned by date, so later queries read less.');
  return { configuration, rationale, warnings: [] };
}

/** The premises of a job sized by one run, and the sizing-guess when the input per run is assumed. */
function withRunPremises(result: SizingResult, run: BatchRun): SizingResult {
  result.premises = [...run.premises, { quantity: 'data one DPU processes per run', value: GB_PER_DPU_PER_RUN, unit: 'GB', from: 'default' }];
  if (run.guess) {
    result.warnings.push({ code: 'sizing-guess', message: run.guess.message });
    result.asks = [{ field: run.guess.field, why: 'decides the size of the Glue job: one run reads it, not the whole store' }];
  }
  return result;
}

/**
 * Glue ETL job from the data one run reads, never the whole lake: Python shell for small runs,
 * Spark with workers by run size (Flex when cost comes first, bookmarks for incremental runs), or
 * a streaming job when the data it serves streams in.
 *
 * @example
 * sizeGlueEtl({ workload: { processing: { inputPerRunGB: 200 } }, recommended, flows: [], reading })
 *   .configuration; // { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 10, perRunGB: 200, … }
 */
export const sizeGlueEtl: Sizer = (input): SizingResult => {
  const { workload } = input;
  if (servesStreams(input)) return sizeGlueStreaming(workload);
  const run = batchRun(workload, 'the Glue job');
  if (run.gb < PYTHON_SHELL_MAX_GB) {
    return withRunPremises(
      {
        configuration: { jobType: 'python-shell', dpu: 1, perRunGB: Math.round(run.gb * 10) / 10 },
        rationale: [runInputSentence(run, workload), `${formatNumber(run.gb)} GB a run is small enough for a Python shell job (0.0625 or 1 DPU) instead of a Spark cluster.`],
        warnings: [],
      },
      run,
    );
  }
  return withRunPremises(sizeSparkJob(workload, run), run);
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
