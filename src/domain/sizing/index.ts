import { sizeAthena } from './athena.js';
import { sizeDataSync } from './datasync.js';
import { sizeDms } from './dms.js';
import { sizeBaseAmi, sizeDeepLearningAmi } from './dlami.js';
import { sizeAcceleratedComputing, sizeComputeOptimized } from './ec2-ml.js';
import { sizeEmr, sizeEmrTaskNodes } from './emr.js';
import { sizeGlueEtl, sizeGlueJobs } from './glue.js';
import { sizeFirehose } from './kinesis-data-firehose.js';
import { sizeKinesisDataStream } from './kinesis-data-streams.js';
import { sizeIotCore } from './iot-core.js';
import { sizeKinesisVideoStreams } from './kinesis-video-streams.js';
import { sizeManagedFlink } from './managed-service-for-apache-flink.js';
import { sizeS3Replication } from './s3-replication.js';
import { sizeSageMaker } from './sagemaker.js';
import type { Sizer } from './types.js';

export type { Configuration, ConfigurationValue, Sizer, SizingInput, SizingResult } from './types.js';

/** Sizing functions by the name a rule gives in `recommend[].sizing`. */
export const SIZERS: Readonly<Record<string, Sizer>> = {
  'kinesis-data-streams': sizeKinesisDataStream,
  'kinesis-data-firehose': sizeFirehose,
  'kinesis-video-streams': sizeKinesisVideoStreams,
  'managed-service-for-apache-flink': sizeManagedFlink,
  emr: sizeEmr,
  'emr-task-nodes': sizeEmrTaskNodes,
  'ec2-accelerated-computing': sizeAcceleratedComputing,
  'ec2-compute-optimized': sizeComputeOptimized,
  'dlami-conda': sizeDeepLearningAmi,
  'dlami-base': sizeBaseAmi,
  sagemaker: sizeSageMaker,
  'glue-etl': sizeGlueEtl,
  'glue-jobs': sizeGlueJobs,
  athena: sizeAthena,
  dms: sizeDms,
  's3-replication': sizeS3Replication,
  datasync: sizeDataSync,
  'iot-core': sizeIotCore,
};

/**
 * The workload fields each sizing function reads: the figures a decision record lists as drivers.
 */
export const SIZING_READS: Readonly<Record<string, readonly string[]>> = {
  'kinesis-data-streams': ['ingestion.throughputMBps', 'ingestion.recordsPerSecond', 'ingestion.recordSizeKB', 'ingestion.consumers', 'ingestion.retentionHours', 'latency', 'account.region'],
  'kinesis-data-firehose': ['destinations', 'latency', 'data.formats', 'analytics.adhocSql', 'processing.transformBeforeDelivery', 'ingestion.throughputMBps', 'ingestion.recordsPerSecond', 'ingestion.recordSizeKB', 'account.region'],
  'kinesis-video-streams': ['ingestion.producers', 'ingestion.retentionHours'],
  'managed-service-for-apache-flink': ['ingestion.throughputMBps', 'ingestion.recordsPerSecond', 'ingestion.recordSizeKB', 'processing.realTimeMetrics', 'processing.streamingSql'],
  emr: ['data.volumeTB', 'ingestion.throughputMBps', 'latency', 'processing.frameworks', 'processing.inputPerRunGB', 'processing.runWindowHours', 'ml.sparkPipeline', 'costPriority'],
  'emr-task-nodes': ['costPriority'],
  'ec2-accelerated-computing': ['ml.training', 'ml.inference', 'ml.frameworks', 'ml.gpu', 'ml.requestsPerSecond', 'ingestion.recordsPerSecond', 'latency', 'costPriority', 'account.isNew'],
  'ec2-compute-optimized': ['ml.training', 'ml.inference', 'ml.frameworks', 'latency'],
  'dlami-conda': ['ml.frameworks'],
  'dlami-base': [],
  sagemaker: ['ml.inference', 'ml.training', 'ml.frameworks', 'ml.gpu', 'ml.requestsPerSecond', 'latency', 'ingestion.recordsPerSecond', 'ingestion.recordSizeKB', 'costPriority'],
  'glue-etl': ['data.volumeTB', 'ingestion.throughputMBps', 'processing.inputPerRunGB', 'processing.runWindowHours', 'latency', 'costPriority'],
  'glue-jobs': ['processing.etlTrigger'],
  athena: ['data.volumeTB', 'data.formats'],
  dms: ['migration.sourceEngine', 'migration.target', 'migration.ongoingReplication', 'migration.sourceLocation'],
  's3-replication': ['resilience.recoveryPointMinutes', 'resilience.recoveryTimeMinutes', 'resilience.secondaryRegion', 'data.rowLevelDeletes'],
  datasync: ['data.volumeTB'],
  'iot-core': ['ingestion.producers'],
};
