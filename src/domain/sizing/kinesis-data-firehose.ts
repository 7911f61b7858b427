import type { Workload } from '../workload/schema.js';
import { bufferSentence, chooseBuffer, DESTINATION_NAMES, FIREHOSE_DESTINATIONS, type FirehoseDestination, FORMAT_CONVERSION_MIN_MIB } from './firehose-buffering.js';
import type { Premise } from './premise.js';
import { LARGE_QUOTA_REGIONS, type Sizer, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { listOf } from '../words/list-of.js';
import { plural } from '../words/plural.js';

/**
 * Direct PUT quotas per Firehose stream and the record limit. Amazon Data Firehose
 * quotas (https://docs.aws.amazon.com/firehose/latest/dev/limits.html; catalog: kinesis-data-firehose).
 */
export const FIREHOSE_LIMITS = {
  directPutMiBpsLargeRegions: 5,
  directPutMiBpsOtherRegions: 1,
  directPutRecordsLargeRegions: 500_000,
  directPutRecordsOtherRegions: 100_000,
  maxRecordKiB: 1000,
} as const;

const ROW_FORMATS: readonly string[] = ['json', 'csv', 'logs', 'text'];
const KEY_PREFIX: Readonly<Record<FirehoseDestination, string>> = {
  s3: 's3',
  redshift: 'redshift',
  opensearch: 'openSearch',
  splunk: 'splunk',
  'http-endpoint': 'httpEndpoint',
};

/** The destinations Firehose delivers to, S3 when none is named. */
function firehoseDestinations(workload: Workload): FirehoseDestination[] {
  const named = (workload.destinations ?? []).filter((d): d is FirehoseDestination => (FIREHOSE_DESTINATIONS as readonly string[]).includes(d));
  return named.length > 0 ? named : ['s3'];
}

/** JSON landing in S3 for SQL is converted to Parquet; conversion works only with the S3 destination. */
function convertsToParquet(workload: Workload, destinations: readonly FirehoseDestination[]): boolean {
  return destinations.includes('s3') && (workload.data?.formats ?? []).includes('json') && workload.analytics?.adhocSql === true;
}

/** Objects for Athena want large buffers: 128 MiB or 300 s, whichever fills first (Firehose's S3 maximum is 128 MiB). */
const QUERY_FRIENDLY_S3_BUFFER = { seconds: 300, mib: 128 } as const;

/** One buffer per destination: plain keys for one stream, prefixed keys (s3BufferSizeMiB) for several. */
function sizeBuffers(result: SizingResult, workload: Workload, destinations: readonly FirehoseDestination[], convert: boolean, fromStream: boolean): void {
  const single = destinations.length === 1;
  for (const destination of destinations) {
    const prefix = single ? 'buffer' : `${KEY_PREFIX[destination]}Buffer`;
    // Behind a stream whose own consumers serve real time, the S3 copy is for queries: large objects, not fresh ones.
    const servedElsewhere = fromStream && destination === 's3' && (workload.latency === 'real-time' || workload.latency === 'near-real-time');
    const buffer = servedElsewhere ? QUERY_FRIENDLY_S3_BUFFER : chooseBuffer(destination, workload.latency, convert && destination === 's3');
    result.configuration[`${prefix}IntervalSeconds`] = buffer.seconds;
    result.configuration[`${prefix}SizeMiB`] = buffer.mib;
    result.rationale.push(
      servedElsewhere
        ? `The stream's own consumers serve the ${workload.latency} needs, so the copy in S3 is for queries: buffer ${formatNumber(buffer.mib)} MiB or ${formatNumber(buffer.seconds)} s, whichever fills first, for fewer, larger objects that Athena scans faster.`
        : bufferSentence(destination, workload.latency, buffer),
    );
  }
  if (destinations.includes('redshift')) {
    result.rationale.push(
      'Firehose loads Amazon Redshift through an intermediate S3 bucket and a COPY command, so the S3 buffering ranges (1–128 MiB, 0–900 s) apply to that stream.',
    );
  }
}

/** Several destinations: one Firehose stream each, all fed by the same source. */
function streamsSentence(destinations: readonly FirehoseDestination[], source: string): string {
  const names = listOf(destinations.map((d) => DESTINATION_NAMES[d]));
  const feed =
    source === 'msk'
      ? 'each reads the MSK topic as its own consumer'
      : source !== 'direct-put'
        ? 'each reads the Kinesis data stream as its own consumer'
    : 'with Direct PUT, producers write each record to every stream, or one Kinesis data stream feeds them all instead';
  return `A Firehose stream delivers to one destination: ${names} need ${plural(destinations.length, 'Firehose stream')}, each with its own buffering; ${feed}.`;
}

/** Parquet conversion for the S3 stream, Lambda transforms, and date prefixes. */
function sizeDelivery(result: SizingResult, workload: Workload, destinations: readonly FirehoseDestination[], convert: boolean): void {
  if (convert) {
    result.configuration.recordFormatConversion = 'parquet';
    result.rationale.push(
      `JSON landing in S3 for SQL: turn on record format conversion to Parquet (it reads the schema from a Glue Data Catalog table and needs a buffer of at least ${FORMAT_CONVERSION_MIN_MIB} MiB), so Athena scans less.`,
    );
    if (destinations.length > 1) result.rationale.push('Format conversion works only with the S3 destination: the other streams deliver the records as they arrive.');
  }
  if (workload.processing?.transformBeforeDelivery) {
    result.configuration.transform = 'lambda';
    result.rationale.push(
      'Per-record transforms run in a Lambda function Firehose invokes on each buffered batch; records that fail go to an S3 error prefix.',
    );
  }
  if (destinations.includes('s3') && (workload.data?.formats ?? []).some((f) => ROW_FORMATS.includes(f))) {
    result.configuration.s3Prefix = 'year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/';
  }
}

/** Where Firehose delivers, in words; a destination it does not support is said to be another service's job. */
function deliverySentence(workload: Workload, destinations: readonly FirehoseDestination[]): string {
  const names = listOf(destinations.map((d) => DESTINATION_NAMES[d]));
  const unsupported = (workload.destinations ?? []).filter((d) => !(FIREHOSE_DESTINATIONS as readonly string[]).includes(d));
  const other = unsupported.length === 0 ? '' : ` ${listOf(unsupported.map((d) => (d === 'dynamodb' ? 'DynamoDB' : d)))} ${unsupported.length === 1 ? 'is' : 'are'} not a Firehose destination: a consumer of the stream (Lambda, or a Flink sink) writes there.`;
  return `Firehose delivers to ${names}.${other}`;
}

/** The figures Firehose is sized from: the write rate and record size where given. */
function firehosePremises(workload: Workload): Premise[] {
  const ingestion = workload.ingestion ?? {};
  return [
    ...(ingestion.throughputMBps === undefined ? [] : [{ quantity: 'write rate', value: ingestion.throughputMBps, unit: 'MB/s', from: 'workload', field: 'ingestion.throughputMBps' } as Premise]),
    ...(ingestion.recordSizeKB === undefined ? [] : [{ quantity: 'record size', value: ingestion.recordSizeKB, unit: 'KB', from: 'workload', field: 'ingestion.recordSizeKB' } as Premise]),
    { quantity: 'destinations', value: firehoseDestinations(workload).length, unit: 'Firehose streams', from: workload.destinations?.length ? 'workload' : 'default', field: 'destinations' },
  ];
}

/** Direct PUT quotas per stream by Region (MiB/s and records/s), and the record limit. */
function directPutWarnings(workload: Workload): SizingResult['warnings'] {
  const mbps = workload.ingestion?.throughputMBps;
  const region = workload.account?.region;
  const large = region !== undefined && LARGE_QUOTA_REGIONS.includes(region);
  const records = workload.ingestion?.recordsPerSecond;
  const recordQuota = large || region === undefined ? FIREHOSE_LIMITS.directPutRecordsLargeRegions : FIREHOSE_LIMITS.directPutRecordsOtherRegions;
  const recordWarnings =
    records !== undefined && records > recordQuota
      ? [
          {
            code: 'stream-limit',
            message: `${formatNumber(records)} records/s exceed Firehose's default Direct PUT quota of ${formatNumber(recordQuota)} records/s per stream${region ? ` in ${region}` : ' (500,000 in us-east-1, us-west-2 and eu-west-1; 100,000 elsewhere)'}: request an increase (MiB/s, requests/s and records/s rise together), or write to a Kinesis data stream and use it as the Firehose source.`,
          },
        ]
      : [];
  if (mbps === undefined) return recordWarnings;
  const quota = large || region === undefined ? FIREHOSE_LIMITS.directPutMiBpsLargeRegions : FIREHOSE_LIMITS.directPutMiBpsOtherRegions;
  if (mbps <= quota) return recordWarnings;
  const where = region ? `of ${quota} MiB/s per stream in ${region}` : 'per stream (5 MiB/s in us-east-1, us-west-2 and eu-west-1; 1 MiB/s elsewhere)';
  return [
    {
      code: 'stream-limit',
      message: `${formatNumber(mbps)} MB/s exceeds Firehose's default Direct PUT quota ${where}: request an increase before launch, or write to a Kinesis data stream and use it as the Firehose source.`,
    },
    ...recordWarnings,
  ];
}

/** The note for an unknown Region when the rate fits the large Regions' quota only. */
function directPutNote(workload: Workload): string[] {
  const mbps = workload.ingestion?.throughputMBps;
  if (mbps === undefined || workload.account?.region !== undefined) return [];
  if (mbps <= FIREHOSE_LIMITS.directPutMiBpsOtherRegions || mbps > FIREHOSE_LIMITS.directPutMiBpsLargeRegions) return [];
  return [
    `${formatNumber(mbps)} MB/s fits the default Direct PUT quota only in us-east-1, us-west-2 and eu-west-1 (5 MiB/s); elsewhere the default is 1 MiB/s and needs an increase.`,
  ];
}

/**
 * Sizes Firehose delivery: one stream per destination with buffering within
 * that destination's ranges, Parquet conversion for S3 only, the source
 * (a Kinesis data stream, or Direct PUT with its quotas) and record limits.
 *
 * @example
 * sizeFirehose({ workload: { latency: 'batch', destinations: ['splunk'] }, recommended: new Set(), flows: [], reading })
 *   .configuration; // { destinations: ['splunk'], source: 'direct-put', bufferIntervalSeconds: 60, bufferSizeMiB: 5 }
 */
export const sizeFirehose: Sizer = ({ workload, recommended }) => {
  const result: SizingResult = { configuration: {}, rationale: [], warnings: [], premises: firehosePremises(workload) };
  const destinations = firehoseDestinations(workload);
  const source = recommended.has('msk') ? 'msk' : recommended.has('kinesis-data-streams') ? 'kinesis-data-stream' : 'direct-put';
  const fromStream = source !== 'direct-put';
  const convert = convertsToParquet(workload, destinations);
  result.configuration.destinations = destinations;
  result.configuration.source = source;
  result.configuration.firehoseStreams = destinations.length;
  result.rationale.push(deliverySentence(workload, destinations));
  if (source === 'kinesis-data-stream') {
    result.rationale.push(
      "Read from the Kinesis data stream as the source: the stream keeps the replayable copy, its shards set the throughput (Direct PUT quotas do not apply), and Firehose only delivers.",
    );
  } else if (source === 'msk') {
    result.rationale.push(
      'Read from the MSK cluster as the source (one topic per Firehose stream): Kafka keeps the replayable copy, and Firehose reads each partition at up to its per-partition read quota and only delivers.',
    );
  }
  if (destinations.length > 1) result.rationale.push(streamsSentence(destinations, source));
  sizeBuffers(result, workload, destinations, convert, fromStream);
  sizeDelivery(result, workload, destinations, convert);
  if (!fromStream) {
    result.warnings.push(...directPutWarnings(workload));
    result.rationale.push(...directPutNote(workload));
  }
  const recordKB = workload.ingestion?.recordSizeKB;
  if (recordKB !== undefined && recordKB > FIREHOSE_LIMITS.maxRecordKiB) {
    result.warnings.push({
      code: 'stream-limit',
      message: `Records of ${formatNumber(recordKB)} KB exceed Firehose's 1,000 KiB record limit: split them, or put the payload in S3 and send a pointer.`,
    });
  }
  return result;
};
