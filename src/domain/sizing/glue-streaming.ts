import type { Workload } from '../workload/schema.js';
import { MIN_SPARK_WORKERS, type WorkerType, workerShape } from './glue-workers.js';
import type { Premise } from './premise.js';
import { ceilUnits, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/** Below about 1 MB/s a stream fits G.025X workers (2 vCPU, 4 GB), made for low-volume streaming (Glue Developer Guide, "Worker types"). */
export const LOW_RATE_MBPS = 1;
/** Rule of thumb, not an AWS figure: about 5 MB/s per G.1X worker; tune it with the job's metrics. */
export const STREAMING_MBPS_PER_G1X = 5;
/** A streaming job reads in micro-batches of 100 s by default (windowSize). */
export const STREAMING_WINDOW_SECONDS = 100;

/**
 * A Glue streaming ETL job: G.025X workers for low rates, G.1X workers by
 * MB/s otherwise; checkpoints keep its place, and Flex does not apply.
 *
 * @example
 * sizeGlueStreaming({ ingestion: { throughputMBps: 0.2 } }).configuration.workerType; // 'G.025X'
 */
export function sizeGlueStreaming(workload: Workload): SizingResult {
  const mbps = workload.ingestion?.throughputMBps;
  const low = mbps === undefined || mbps < LOW_RATE_MBPS;
  const workerType: WorkerType = low ? 'G.025X' : 'G.1X';
  const workers = low ? MIN_SPARK_WORKERS : Math.max(MIN_SPARK_WORKERS, ceilUnits((mbps as number) / STREAMING_MBPS_PER_G1X));
  const rate = mbps === undefined ? 'With no ingest rate given, start small' : `${formatNumber(mbps)} MB/s`;
  const rationale = [
    `The data streams in, so a Glue streaming ETL job reads it continuously in micro-batches (${STREAMING_WINDOW_SECONDS}-second window by default) and keeps its place with checkpoints in S3 rather than job bookmarks.`,
    low
      ? `${rate}: ${plural(workers, 'G.025X worker')} (${workerShape('G.025X')}), the type made for low-volume streams.`
      : `${rate} at about ${STREAMING_MBPS_PER_G1X} MB/s per G.1X worker (an estimate: tune it with the job's metrics) needs ${plural(workers, 'G.1X worker')}, ${workerShape('G.1X')}.`,
  ];
  if (workload.costPriority === 'lowest') {
    rationale.push('The Flex execution class does not apply to streaming jobs, which run continuously: keep the workers few and small instead.');
  }
  const premises: Premise[] =
    mbps === undefined
      ? [{ quantity: 'write rate', value: 0, unit: 'MB/s', from: 'default', field: 'ingestion.throughputMBps' }]
      : [
          { quantity: 'write rate', value: mbps, unit: 'MB/s', from: 'workload', field: 'ingestion.throughputMBps' },
          ...(low ? [] : [{ quantity: 'stream rate one G.1X worker processes', value: STREAMING_MBPS_PER_G1X, unit: 'MB/s', from: 'default' } as Premise]),
        ];
  return {
    configuration: { jobType: 'streaming', workerType, numberOfWorkers: workers, windowSizeSeconds: STREAMING_WINDOW_SECONDS, executionClass: 'STANDARD' },
    rationale,
    warnings: [],
    premises,
  };
}

