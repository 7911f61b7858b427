import type { Workload } from '../workload/schema.js';
import { knownRateSentence, unknownRateSentence } from './kinesis-capacity-mode.js';
import { decideFanOut, type FanOutInput, fanOutSentences, fanOutWarnings } from './kinesis-fan-out.js';
import type { Premise } from './premise.js';
import { ceilUnits, LARGE_QUOTA_REGIONS, type Sizer, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/**
 * Per-shard and per-stream limits. Kinesis Data Streams Developer Guide, "Quotas and limits"
 * (catalog: kinesis-data-streams); read limits and fan-out are in kinesis-fan-out.ts.
 */
export const KDS_LIMITS = {
  writeMBpsPerShard: 1,
  writeRecordsPerShard: 1000,
  defaultRetentionHours: 24,
  maxRetentionHours: 8760,
  defaultMaxRecordKB: 1024,
  configurableMaxRecordKB: 10240,
  shardQuotaLargeRegions: 20_000,
  shardQuotaOtherRegions: 1_000,
} as const;

const KB_PER_MB = 1024;

export interface StreamRates {
  mbps?: number;
  recordsPerSecond?: number;
}

/**
 * Fills in MB/s or records/s from the other and the record size when only one is given.
 *
 * @example
 * streamRates({ recordsPerSecond: 2048, recordSizeKB: 1 }).mbps; // 2
 */
export function streamRates(ingestion: {
  throughputMBps?: number;
  recordsPerSecond?: number;
  recordSizeKB?: number;
}): StreamRates {
  const { throughputMBps, recordsPerSecond, recordSizeKB } = ingestion;
  const mbps =
    throughputMBps ??
    (recordsPerSecond !== undefined && recordSizeKB !== undefined ? (recordsPerSecond * recordSizeKB) / KB_PER_MB : undefined);
  const records =
    recordsPerSecond ??
    (throughputMBps !== undefined && recordSizeKB !== undefined ? (throughputMBps * KB_PER_MB) / recordSizeKB : undefined);
  return { mbps, recordsPerSecond: records };
}

export interface ShardPlan {
  shards: number;
  byBytes: number;
  byRecords: number;
}

/**
 * Shards needed = max(ceil(MB/s ÷ 1), ceil(records/s ÷ 1,000)), at least 1.
 * Reads do not add shards: enhanced fan-out serves consumers the shared
 * 2 MB/s per shard cannot (see kinesis-fan-out.ts).
 *
 * @example
 * planShards({ mbps: 50, recordsPerSecond: 50_000 }).shards; // 50
 */
export function planShards(rates: StreamRates): ShardPlan {
  const byBytes = rates.mbps === undefined ? 0 : ceilUnits(rates.mbps / KDS_LIMITS.writeMBpsPerShard);
  const byRecords =
    rates.recordsPerSecond === undefined ? 0 : ceilUnits(rates.recordsPerSecond / KDS_LIMITS.writeRecordsPerShard);
  return { shards: Math.max(1, byBytes, byRecords), byBytes, byRecords };
}

type Ingestion = NonNullable<Workload['ingestion']>;

/** Shards, the records-bound note, and the Region's shard quota. */
function sizeShards(result: SizingResult, rates: StreamRates, region: string | undefined, aggregates: boolean): ShardPlan {
  const plan = planShards(rates);
  result.configuration.capacityMode = 'provisioned';
  result.configuration.shards = plan.shards;
  result.rationale.push(shardSentence(rates, plan));
  // IoT Core's rule action writes one record per message: there is no producer to aggregate with.
  if (aggregates && plan.byRecords > plan.byBytes && plan.byBytes > 0) {
    result.rationale.push(
      `The stream is records-bound: aggregating small records with the Kinesis Producer Library would cut it to ${plural(Math.max(1, plan.byBytes), 'shard')}.`,
    );
  }
  if (rates.mbps !== undefined) result.rationale.push(knownRateSentence(rates.mbps, region));
  const quota = region && LARGE_QUOTA_REGIONS.includes(region) ? KDS_LIMITS.shardQuotaLargeRegions : KDS_LIMITS.shardQuotaOtherRegions;
  if (plan.shards > quota) {
    result.warnings.push({
      code: 'stream-limit',
      message: `${plural(plan.shards, 'shard')} exceed the default quota of ${formatNumber(quota)} shards per account${region ? ` in ${region}` : ' in most Regions (20,000 in us-east-1, us-west-2 and eu-west-1)'}: request an increase in Service Quotas before launch.`,
    });
  }
  return plan;
}

/** Enhanced fan-out or shared reads, decided when the consumers are known (Lambda counts as one). */
function sizeFanOut(result: SizingResult, input: Omit<FanOutInput, 'consumers'>, consumers: number | undefined): void {
  if (consumers === undefined && !input.lambda) return;
  const fanOut = { ...input, consumers: consumers ?? 1 };
  const decision = decideFanOut(fanOut);
  result.configuration.enhancedFanOut = decision.enhancedFanOut;
  if (decision.enhancedFanOut) result.configuration.enhancedFanOutConsumers = fanOut.consumers;
  if (decision.readShare !== undefined) result.configuration.sharedReadUtilizationPercent = Math.round(decision.readShare * 100);
  result.rationale.push(...fanOutSentences(fanOut, decision));
  result.warnings.push(...fanOutWarnings(fanOut.consumers, decision.enhancedFanOut));
}

/** Retention past the 24-hour default, capped at 365 days. */
function sizeRetention(result: SizingResult, retention: number | undefined): void {
  if (retention === undefined || retention <= KDS_LIMITS.defaultRetentionHours) return;
  const hours = Math.min(retention, KDS_LIMITS.maxRetentionHours);
  result.configuration.retentionHours = hours;
  result.rationale.push(
    `Replaying ${formatNumber(retention)} hours is past the 24-hour default: set the retention period to ${formatNumber(hours)} hours (extended retention is charged per shard-hour${hours > 168 ? ', and past 7 days per GB-month' : ''}).`,
  );
  if (retention > KDS_LIMITS.maxRetentionHours) {
    result.warnings.push({
      code: 'stream-limit',
      message: `${formatNumber(retention)} hours of retention exceed the 8,760-hour (365-day) maximum of Kinesis Data Streams: archive the stream to S3 for longer replay.`,
    });
  }
}

/** Records past the 1 MiB default: raise the stream's maximum (up to 10 MiB) or send pointers. */
function sizeRecords(result: SizingResult, recordKB: number | undefined): void {
  if (recordKB === undefined || recordKB <= KDS_LIMITS.defaultMaxRecordKB) return;
  if (recordKB <= KDS_LIMITS.configurableMaxRecordKB) {
    result.configuration.maxRecordSizeKiB = Math.ceil(recordKB);
    result.warnings.push({
      code: 'stream-limit',
      message: `Records of ${formatNumber(recordKB)} KB exceed the 1 MiB default record size: raise the stream's maximum record size (up to 10 MiB) and keep such records rare, or put the payload in S3 and stream a pointer.`,
    });
  } else {
    result.warnings.push({
      code: 'stream-limit',
      message: `Records of ${formatNumber(recordKB)} KB exceed even the 10 MiB configurable maximum: store each payload in S3 and stream a pointer to it.`,
    });
  }
}

/**
 * The figures a stream is sized from, each with where it came from: rates given, or one derived from the other and the record size.
 *
 * @example
 * streamPremises({ recordsPerSecond: 2048, recordSizeKB: 1 }).map((p) => `${p.quantity} ${p.from}`); // ['write rate derived', 'records per second workload', 'record size workload']
 */
export function streamPremises(ingestion: Ingestion): Premise[] {
  const rates = streamRates(ingestion);
  const premises: Premise[] = [];
  if (rates.mbps !== undefined) {
    premises.push({ quantity: 'write rate', value: rates.mbps, unit: 'MB/s', from: ingestion.throughputMBps === undefined ? 'derived' : 'workload', field: 'ingestion.throughputMBps' });
  }
  if (rates.recordsPerSecond !== undefined) {
    premises.push({ quantity: 'records per second', value: rates.recordsPerSecond, unit: 'records/s', from: ingestion.recordsPerSecond === undefined ? 'derived' : 'workload', field: 'ingestion.recordsPerSecond' });
  }
  if (ingestion.recordSizeKB !== undefined) premises.push({ quantity: 'record size', value: ingestion.recordSizeKB, unit: 'KB', from: 'workload', field: 'ingestion.recordSizeKB' });
  if (ingestion.consumers !== undefined) premises.push({ quantity: 'consumers', value: ingestion.consumers, unit: 'applications', from: 'workload', field: 'ingestion.consumers' });
  premises.push(
    ingestion.retentionHours === undefined
      ? { quantity: 'replay window', value: KDS_LIMITS.defaultRetentionHours, unit: 'hours', from: 'default', field: 'ingestion.retentionHours' }
      : { quantity: 'replay window', value: ingestion.retentionHours, unit: 'hours', from: 'workload', field: 'ingestion.retentionHours' },
  );
  return premises;
}

/**
 * Sizes a Kinesis data stream: capacity mode by Region, shards, enhanced
 * fan-out by bytes, calls, latency and headroom, retention and record size.
 *
 * @example
 * sizeKinesisDataStream({ workload: { ingestion: { throughputMBps: 8, consumers: 4 } }, recommended: new Set(), flows: [], reading })
 *   .configuration; // { capacityMode: 'provisioned', shards: 8, enhancedFanOut: true, … }
 */
export const sizeKinesisDataStream: Sizer = ({ workload, recommended }) => {
  const ingestion: Ingestion = workload.ingestion ?? {};
  const region = workload.account?.region;
  const result: SizingResult = { configuration: {}, rationale: [], warnings: [], premises: streamPremises(ingestion) };
  const rates = streamRates(ingestion);
  const known = rates.mbps !== undefined || rates.recordsPerSecond !== undefined;
  if (!known) {
    result.configuration.capacityMode = 'on-demand';
    result.rationale.push(unknownRateSentence(region));
  }
  const plan = known ? sizeShards(result, rates, region, !recommended.has('iot-core')) : undefined;
  sizeFanOut(result, { shards: plan?.shards, mbps: rates.mbps, latency: workload.latency, lambda: recommended.has('lambda') }, ingestion.consumers);
  sizeRetention(result, ingestion.retentionHours);
  sizeRecords(result, ingestion.recordSizeKB);
  return result;
};

function shardSentence(rates: StreamRates, plan: ShardPlan): string {
  const shards = plural(plan.shards, 'shard');
  if (rates.mbps !== undefined && rates.recordsPerSecond !== undefined) {
    const bound = plan.byBytes === plan.byRecords ? 'bytes and records alike' : plan.byBytes > plan.byRecords ? 'bytes' : 'records';
    return `${formatNumber(rates.mbps)} MB/s and ${plural(rates.recordsPerSecond, 'record')}/s need ${shards}: ${formatNumber(plan.byBytes)} for the bytes at 1 MB/s per shard, ${formatNumber(plan.byRecords)} for the records at 1,000 records/s per shard (bound by ${bound}).`;
  }
  if (rates.mbps !== undefined) {
    return `${formatNumber(rates.mbps)} MB/s needs ${shards} at 1 MB/s per shard (small records can need more: give records/s or the record size).`;
  }
  return `${plural(rates.recordsPerSecond as number, 'record')}/s need ${shards} at 1,000 records/s per shard.`;
}
