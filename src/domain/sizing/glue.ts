import { figure, type Sizer, type SizingResult } from './types.js';

const TRIGGERS: Readonly<Record<string, { type: string; how: string }>> = {
  schedule: { type: 'SCHEDULED', how: 'a scheduled trigger (cron expression) starts the job' },
  'new-data': {
    type: 'EVENT',
    how: 'an EventBridge event trigger starts a workflow when new objects land (optionally batched by count and time window)',
  },
  chained: { type: 'CONDITIONAL', how: 'conditional triggers start each job when the one before it (or a crawler) succeeds' },
  manual: { type: 'ON_DEMAND', how: 'an on-demand trigger starts the job from the console, CLI or API' },
};

/** Glue job type and workers from the data volume. */
export const sizeGlueEtl: Sizer = ({ workload }): SizingResult => {
  const volume = workload.data?.volumeTB;
  const streaming = workload.ingestion?.mode === 'streaming';
  if (streaming) {
    return {
      configuration: { jobType: 'streaming', workerType: 'G.1X', windowSizeSeconds: 100 },
      rationale: ['A Glue streaming ETL job reads the stream continuously in micro-batches (100-second window by default).'],
      warnings: [],
    };
  }
  if (volume !== undefined && volume < 0.01) {
    return {
      configuration: { jobType: 'python-shell', dpu: 1 },
      rationale: [`${figure(volume * 1000)} GB is small enough for a Python shell job (0.0625 or 1 DPU) instead of a Spark cluster.`],
      warnings: [],
    };
  }
  const workerType = volume !== undefined && volume >= 10 ? 'G.2X' : 'G.1X';
  return {
    configuration: { jobType: 'spark', workerType, jobBookmarks: true, outputFormat: 'parquet' },
    rationale: [
      volume === undefined
        ? 'A Spark job on G.1X workers (1 DPU = 4 vCPU and 16 GB each); job bookmarks process only new data on each run.'
        : `${figure(volume)} TB calls for a Spark job on ${workerType} workers (${workerType === 'G.2X' ? '2 DPU, 8 vCPU and 32 GB' : '1 DPU, 4 vCPU and 16 GB'} each); job bookmarks process only new data on each run.`,
      'Write Parquet, partitioned by date, so later queries read less.',
    ],
    warnings: [],
  };
};

/** The Glue trigger that matches how the ETL starts. */
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
