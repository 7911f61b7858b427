import { sizeAthena } from './athena.js';
import { sizeDms } from './dms.js';
import { sizeAcceleratedComputing, sizeBaseAmi, sizeComputeOptimized, sizeDeepLearningAmi } from './ec2-ml.js';
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
