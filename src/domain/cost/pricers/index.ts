import { priceAthena } from './athena.js';
import { priceDataSync } from './datasync.js';
import { priceDms } from './dms.js';
import { priceEmr } from './emr.js';
import { priceGlueEtl } from './glue-etl.js';
import { priceIotCore } from './iot-core.js';
import { priceFirehose } from './kinesis-data-firehose.js';
import { priceKinesisDataStreams } from './kinesis-data-streams.js';
import { priceKinesisVideoStreams } from './kinesis-video-streams.js';
import { priceManagedFlink } from './managed-service-for-apache-flink.js';
import type { Pricer } from './pricer.js';
import { priceS3 } from './s3.js';
import { priceS3Replication } from './s3-replication.js';
import { priceSageMaker } from './sagemaker.js';

export type { Pricer, PricingInput } from './pricer.js';

/** The pricing function of each service a sizing gives quantities for, by service id. */
export const PRICERS: Readonly<Record<string, Pricer>> = {
  'kinesis-data-streams': priceKinesisDataStreams,
  'kinesis-data-firehose': priceFirehose,
  'managed-service-for-apache-flink': priceManagedFlink,
  'glue-etl': priceGlueEtl,
  emr: priceEmr,
  athena: priceAthena,
  s3: priceS3,
  'kinesis-video-streams': priceKinesisVideoStreams,
  dms: priceDms,
  sagemaker: priceSageMaker,
  'iot-core': priceIotCore,
  datasync: priceDataSync,
  's3-replication': priceS3Replication,
};
