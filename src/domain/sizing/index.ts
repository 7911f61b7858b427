import { sizeAthena } from './athena.js';
import { sizeDms } from './dms.js';
import { sizeBaseAmi, sizeDeepLearningAmi } from './dlami.js';
import { sizeAcceleratedComputing, sizeComputeOptimized } from './ec2-ml.js';
import { sizeEmr, sizeEmrTaskNodes } from './emr.js';
import { sizeGlueEtl, sizeGlueJobs } from './glue.js';
import { sizeFirehose } from './kinesis-data-firehose.js';
import { sizeKinesisDataStream } from './kinesis-data-streams.js';
import { sizeKinesisVideoStreams } from './kinesis-video-streams.js';
import type { Sizer } from './types.js';

export type { Configuration, ConfigurationValue, Sizer, SizingInput, SizingResult } from './types.js';

/** Sizing functions by the name a rule gives in `recommend[].sizing`. */
export const SIZERS: Readonly<Record<string, Sizer>> = {
  'kinesis-data-streams': sizeKinesisDataStream,
  'kinesis-data-firehose': sizeFirehose,
  'kinesis-video-streams': sizeKinesisVideoStreams,
  emr: sizeEmr,
  'emr-task-nodes': sizeEmrTaskNodes,
  'ec2-accelerated-computing': sizeAcceleratedComputing,
  'ec2-compute-optimized': sizeComputeOptimized,
  'dlami-conda': sizeDeepLearningAmi,
  'dlami-base': sizeBaseAmi,
  'glue-etl': sizeGlueEtl,
  'glue-jobs': sizeGlueJobs,
  athena: sizeAthena,
  dms: sizeDms,
};

/** The workload fields each sizing function reads: the figures a decision record lists as drivers. */
export const SIZING_READS: Readonly<Record<string, readonly string[]>> = {
  'kinesis-data-streams': ['ingestion.throughputMBps', 'ingestion.recordsPerSecond', 'ingestion.recordSizeKB', 'ingestion.consumers', 'ingestion.retentionHours', 'latency', 'account.region'],
  'kinesis-data-firehose': ['destinations', 'latency', 'data.formats', 'analytics.adhocSql', 'processing.transformBeforeDelivery', 'ingestion.throughputMBps', 'ingestion.recordSizeKB', 'account.region'],
  'kinesis-video-streams': ['ingestion.producers', 'ingestion.retentionHours'],
  emr: ['data.volumeTB', 'processing.frameworks', 'ml.sparkPipeline', 'costPriority'],
  'emr-task-nodes': ['data.volumeTB', 'costPriority'],
  'ec2-accelerated-computing': ['ml.training', 'ml.inference', 'ml.frameworks'],
  'ec2-compute-optimized': ['ml.training', 'ml.inference', 'ml.frameworks'],
  'dlami-conda': ['ml.frameworks'],
  'dlami-base': ['ml.frameworks'],
  'glue-etl': ['data.volumeTB', 'ingestion.mode'],
  'glue-jobs': ['processing.etlTrigger'],
  athena: ['data.volumeTB', 'data.formats'],
  dms: ['migration.sourceEngine', 'migration.target', 'migration.ongoingReplication'],
};
