import { formatNumber } from '../words/number-format.js';

export const FIREHOSE_DESTINATIONS = ['s3', 'redshift', 'opensearch', 'splunk', 'http-endpoint'] as const;
export type FirehoseDestination = (typeof FIREHOSE_DESTINATIONS)[number];

interface BufferRange {
  maxMiB: number;
  maxSeconds: number;
  defaultMiB: number;
  defaultSeconds: number;
}

/**
 * Buffering hint ranges by destination (all start at 1 MiB and 0 s). Amazon Data Firehose API Reference:
 * BufferingHints (S3, and Redshift's intermediate S3 bucket), AmazonopensearchserviceBufferingHints,
 * SplunkBufferingHints, HttpEndpointBufferingHints.
 */
export const BUFFER_LIMITS: Readonly<Record<FirehoseDestination, BufferRange>> = {
  s3: { maxMiB: 128, maxSeconds: 900, defaultMiB: 5, defaultSeconds: 300 },
  redshift: { maxMiB: 128, maxSeconds: 900, defaultMiB: 5, defaultSeconds: 300 },
  opensearch: { maxMiB: 100, maxSeconds: 900, defaultMiB: 5, defaultSeconds: 300 },
  splunk: { maxMiB: 5, maxSeconds: 60, defaultMiB: 5, defaultSeconds: 60 },
  'http-endpoint': { maxMiB: 64, maxSeconds: 900, defaultMiB: 5, defaultSeconds: 300 },
};

/** Record format conversion (S3 only) needs at least 64 MiB of buffer (Firehose Developer Guide, "Convert input data format"). */
export const FORMAT_CONVERSION_MIN_MIB = 64;
/** Near-real-time: data lands within about a minute. */
const NEAR_REAL_TIME_SECONDS = 60;

/** How each destination reads in a sentence. */
export const DESTINATION_NAMES: Readonly<Record<FirehoseDestination, string>> = {
  s3: 'Amazon S3',
  redshift: 'Amazon Redshift',
  opensearch: 'OpenSearch Service',
  splunk: 'Splunk',
  'http-endpoint': 'the HTTP endpoint',
};

/** What a full buffer becomes at each destination, for the batch sentence. */
const FEWER_LARGER: Readonly<Record<FirehoseDestination, string>> = {
  s3: 'fewer, larger objects are cheaper to store and faster to query',
  redshift: 'fewer, larger COPY loads from the staging bucket',
  opensearch: 'fewer, larger bulk requests to the domain',
  splunk: 'fewer requests to the HTTP Event Collector',
  'http-endpoint': 'fewer, larger requests, if the endpoint accepts bodies that large',
};

export interface Buffer {
  seconds: number;
  mib: number;
}

/**
 * The buffer for one destination: its largest for batch latency, 60 s for
 * near-real-time, 0 s for real-time, its defaults otherwise; never below
 * 64 MiB when records are converted to Parquet.
 *
 * @example
 * chooseBuffer('splunk', 'batch', false); // { seconds: 60, mib: 5 }
 */
export function chooseBuffer(destination: FirehoseDestination, latency: string | undefined, convert: boolean): Buffer {
  const range = BUFFER_LIMITS[destination];
  const chosen =
    latency === 'batch'
      ? { seconds: range.maxSeconds, mib: range.maxMiB }
      : latency === 'near-real-time'
        ? { seconds: Math.min(NEAR_REAL_TIME_SECONDS, range.maxSeconds), mib: range.defaultMiB }
        : latency === 'real-time'
          ? { seconds: 0, mib: range.defaultMiB }
          : { seconds: range.defaultSeconds, mib: range.defaultMiB };
  return convert ? { ...chosen, mib: Math.max(chosen.mib, FORMAT_CONVERSION_MIN_MIB) } : chosen;
}

/**
 * The sentence that explains one destination's buffer by the latency asked for.
 *
 * @example
 * bufferSentence('splunk', 'batch', { seconds: 60, mib: 5 }); // 'Batch latency gives Splunk its largest buffers, 60 s and 5 MiB …'
 */
export function bufferSentence(destination: FirehoseDestination, latency: string | undefined, buffer: Buffer): string {
  const name = DESTINATION_NAMES[destination];
  const range = BUFFER_LIMITS[destination];
  const ranges = `1–${formatNumber(range.maxMiB)} MiB and 0–${formatNumber(range.maxSeconds)} s`;
  if (latency === 'batch') {
    return `Batch latency gives ${name} its largest buffers, ${formatNumber(buffer.seconds)} s and ${formatNumber(buffer.mib)} MiB (it allows ${ranges}): ${FEWER_LARGER[destination]}.`;
  }
  if (latency === 'near-real-time') {
    return `Near-real-time delivery to ${name}: buffer ${formatNumber(buffer.seconds)} s (${ranges} allowed) so data lands within about a minute.`;
  }
  if (latency === 'real-time') {
    return `Real-time latency: buffer 0 s for ${name} (zero buffering), so each batch leaves within seconds; Firehose does not deliver in under a second.`;
  }
  return `Buffering for ${name} starts at its defaults (${formatNumber(buffer.seconds)} s or ${formatNumber(buffer.mib)} MiB, whichever fills first; ${ranges} allowed); lower the interval, down to 0 s, if data must land sooner.`;
}
