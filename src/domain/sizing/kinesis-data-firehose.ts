import { figure, LARGE_QUOTA_REGIONS, type Sizer, type SizingResult } from './types.js';

/** Published Firehose limits (catalog: kinesis-data-firehose). */
export const FIREHOSE_LIMITS = {
  directPutMiBpsLargeRegions: 5,
  directPutMiBpsOtherRegions: 1,
  maxRecordKiB: 1000,
  defaultBufferSeconds: 300,
  defaultBufferMiB: 5,
  formatConversionMinBufferMiB: 64,
} as const;

const FIREHOSE_DESTINATIONS: readonly string[] = ['s3', 'redshift', 'opensearch', 'splunk', 'http-endpoint'];
const ROW_FORMATS: readonly string[] = ['json', 'csv', 'logs', 'text'];

/** Sizes a Firehose stream: destination, buffering, transform, source and quotas. */
export const sizeFirehose: Sizer = ({ workload, recommended }) => {
  const result: SizingResult = { configuration: {}, rationale: [], warnings: [] };
  const destinations = (workload.destinations ?? []).filter((d) => FIREHOSE_DESTINATIONS.includes(d));
  result.configuration.destinations = destinations.length > 0 ? destinations : ['s3'];

  const fromStream = recommended.has('kinesis-data-streams');
  result.configuration.source = fromStream ? 'kinesis-data-stream' : 'direct-put';
  if (fromStream) {
    result.rationale.push('Read from the Kinesis data stream as the source: the stream keeps the replayable copy and Firehose only delivers.');
  }

  const landsInS3 = (result.configuration.destinations as string[]).includes('s3');
  const convert = landsInS3 && (workload.data?.formats ?? []).includes('json') && workload.analytics?.adhocSql === true;
  const batchLatency = workload.latency === 'batch';
  const bufferSeconds = batchLatency ? 900 : workload.latency === 'near-real-time' ? 60 : FIREHOSE_LIMITS.defaultBufferSeconds;
  const bufferMiB = convert ? 128 : batchLatency ? 128 : FIREHOSE_LIMITS.defaultBufferMiB;
  result.configuration.bufferIntervalSeconds = bufferSeconds;
  result.configuration.bufferSizeMiB = bufferMiB;
  result.rationale.push(
    batchLatency
      ? 'Batch latency allows the largest buffers (900 s, 128 MiB): fewer, larger objects are cheaper to store and faster to query.'
      : workload.latency === 'near-real-time'
        ? 'Near-real-time delivery: buffer 60 s (the interval can go from 0 to 900 s) so objects land within about a minute.'
        : 'Buffering starts at the defaults (300 s or 5 MiB, whichever fills first); lower the interval, down to 0 s, if data must land sooner.',
  );
  if (convert) {
    result.configuration.recordFormatConversion = 'parquet';
    result.rationale.push(
      'JSON landing in S3 for SQL: turn on record format conversion to Parquet (it reads the schema from a Glue Data Catalog table and needs a buffer of at least 64 MiB), so Athena scans less.',
    );
  }
  if (workload.processing?.transformBeforeDelivery) {
    result.configuration.transform = 'lambda';
    result.rationale.push(
      'Per-record transforms run in a Lambda function Firehose invokes on each buffered batch; records that fail go to an S3 error prefix.',
    );
  }
  if (landsInS3 && (workload.data?.formats ?? []).some((f) => ROW_FORMATS.includes(f))) {
    result.configuration.s3Prefix = 'year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/';
  }

  const mbps = workload.ingestion?.throughputMBps;
  const region = workload.account?.region;
  if (mbps !== undefined && !fromStream) {
    const large = region !== undefined && LARGE_QUOTA_REGIONS.includes(region);
    const quota = large ? FIREHOSE_LIMITS.directPutMiBpsLargeRegions : FIREHOSE_LIMITS.directPutMiBpsOtherRegions;
    if (region !== undefined && mbps > quota) {
      result.warnings.push({
        code: 'stream-limit',
        message: `${figure(mbps)} MB/s exceeds Firehose's default Direct PUT quota of ${quota} MiB/s per stream in ${region}: request an increase before launch, or write to a Kinesis data stream and use it as the Firehose source.`,
      });
    } else if (region === undefined && mbps > FIREHOSE_LIMITS.directPutMiBpsLargeRegions) {
      result.warnings.push({
        code: 'stream-limit',
        message: `${figure(mbps)} MB/s exceeds Firehose's default Direct PUT quota per stream (5 MiB/s in us-east-1, us-west-2 and eu-west-1; 1 MiB/s elsewhere): request an increase before launch, or use a Kinesis data stream as the source.`,
      });
    } else if (region === undefined && mbps > FIREHOSE_LIMITS.directPutMiBpsOtherRegions) {
      result.rationale.push(
        `${figure(mbps)} MB/s fits the default Direct PUT quota only in us-east-1, us-west-2 and eu-west-1 (5 MiB/s); elsewhere the default is 1 MiB/s and needs an increase.`,
      );
    }
  }
  const recordKB = workload.ingestion?.recordSizeKB;
  if (recordKB !== undefined && recordKB > FIREHOSE_LIMITS.maxRecordKiB) {
    result.warnings.push({
      code: 'stream-limit',
      message: `Records of ${figure(recordKB)} KB exceed Firehose's 1,000 KiB record limit: split them, or put the payload in S3 and send a pointer.`,
    });
  }
  return result;
};
