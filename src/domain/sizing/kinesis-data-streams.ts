import { ceilUnits, figure, LARGE_QUOTA_REGIONS, plural, type Sizer, type SizingResult } from './types.js';

/** Published per-shard and per-stream limits (catalog: kinesis-data-streams). */
export const KDS_LIMITS = {
  writeMBpsPerShard: 1,
  writeRecordsPerShard: 1000,
  sharedReadMBpsPerShard: 2,
  enhancedFanOutConsumers: 20,
  enhancedFanOutConsumersAdvantage: 50,
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

/** Fills in MB/s or records/s from the other and the record size when only one is given. */
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
  sharedReadShards: number;
  enhancedFanOut: boolean;
}

/**
 * Shards needed = max(ceil(MB/s ÷ 1), ceil(records/s ÷ 1,000)), at least 1.
 * When the consumers together would read more than the shards' shared
 * 2 MB/s each, enhanced fan-out (2 MB/s per consumer per shard) is used
 * instead of adding shards that only serve reads.
 *
 * @example
 * planShards({ mbps: 50, recordsPerSecond: 50_000 }, 1).shards; // 50
 */
export function planShards(rates: StreamRates, consumers: number): ShardPlan {
  const byBytes = rates.mbps === undefined ? 0 : ceilUnits(rates.mbps / KDS_LIMITS.writeMBpsPerShard);
  const byRecords =
    rates.recordsPerSecond === undefined ? 0 : ceilUnits(rates.recordsPerSecond / KDS_LIMITS.writeRecordsPerShard);
  const shards = Math.max(1, byBytes, byRecords);
  const sharedReadShards =
    rates.mbps === undefined ? 0 : ceilUnits((rates.mbps * consumers) / KDS_LIMITS.sharedReadMBpsPerShard);
  return { shards, byBytes, byRecords, sharedReadShards, enhancedFanOut: sharedReadShards > shards };
}

/** Sizes a Kinesis data stream: shards, fan-out, retention, record size and quotas. */
export const sizeKinesisDataStream: Sizer = ({ workload }) => {
  const ingestion = workload.ingestion ?? {};
  const region = workload.account?.region;
  const result: SizingResult = { configuration: {}, rationale: [], warnings: [] };
  const rates = streamRates(ingestion);

  if (rates.mbps === undefined && rates.recordsPerSecond === undefined) {
    result.configuration.capacityMode = 'on-demand';
    result.rationale.push(
      'No write rate was given, so start in on-demand capacity mode (4 MB/s of writes at first, scaling with traffic) and switch to provisioned shards once the rate is known.',
    );
  } else {
    const consumers = ingestion.consumers ?? 1;
    const plan = planShards(rates, consumers);
    result.configuration.capacityMode = 'provisioned';
    result.configuration.shards = plan.shards;
    result.rationale.push(shardSentence(rates, plan));
    if (plan.byRecords > plan.byBytes && plan.byBytes > 0) {
      result.rationale.push(
        `The stream is records-bound: aggregating small records with the Kinesis Producer Library would cut it to ${plural(Math.max(1, plan.byBytes), 'shard')}.`,
      );
    }
    if (rates.mbps !== undefined && ingestion.consumers !== undefined) {
      if (plan.enhancedFanOut) {
        result.configuration.enhancedFanOut = true;
        result.configuration.enhancedFanOutConsumers = consumers;
        result.rationale.push(
          `${plural(consumers, 'consumer')} each reading ${figure(rates.mbps)} MB/s need ${figure(rates.mbps * consumers)} MB/s of reads, more than the ${figure(plan.shards * KDS_LIMITS.sharedReadMBpsPerShard)} MB/s that ${plural(plan.shards, 'shard')} share: register them for enhanced fan-out (2 MB/s per consumer per shard) rather than growing to ${plural(plan.sharedReadShards, 'shard')} for reads alone.`,
        );
        if (consumers > KDS_LIMITS.enhancedFanOutConsumers) {
          result.warnings.push({
            code: 'stream-limit',
            message: `${plural(consumers, 'consumer')} exceed the ${KDS_LIMITS.enhancedFanOutConsumers} enhanced fan-out consumers a stream allows (${KDS_LIMITS.enhancedFanOutConsumersAdvantage} with On-demand Advantage): fan out through a second stream or group readers behind one consumer.`,
          });
        }
      } else {
        result.configuration.enhancedFanOut = false;
        result.rationale.push(
          `${plural(consumers, 'consumer')} reading ${figure(rates.mbps * consumers)} MB/s in all fit in the ${figure(plan.shards * KDS_LIMITS.sharedReadMBpsPerShard)} MB/s of shared reads; enhanced fan-out is optional (it lowers read latency to about 70 ms).`,
        );
      }
    }
    const quota = region && LARGE_QUOTA_REGIONS.includes(region) ? KDS_LIMITS.shardQuotaLargeRegions : KDS_LIMITS.shardQuotaOtherRegions;
    if (plan.shards > quota) {
      result.warnings.push({
        code: 'stream-limit',
        message: `${plural(plan.shards, 'shard')} exceed the default quota of ${figure(quota)} shards per account${region ? ` in ${region}` : ' in most Regions (20,000 in us-east-1, us-west-2 and eu-west-1)'}: request an increase in Service Quotas before launch.`,
      });
    }
  }

  const retention = ingestion.retentionHours;
  if (retention !== undefined && retention > KDS_LIMITS.defaultRetentionHours) {
    const hours = Math.min(retention, KDS_LIMITS.maxRetentionHours);
    result.configuration.retentionHours = hours;
    result.rationale.push(
      `Replaying ${figure(retention)} hours is past the 24-hour default: set the retention period to ${figure(hours)} hours (extended retention is charged per shard-hour${hours > 168 ? ', and past 7 days per GB-month' : ''}).`,
    );
    if (retention > KDS_LIMITS.maxRetentionHours) {
      result.warnings.push({
        code: 'stream-limit',
        message: `${figure(retention)} hours of retention exceed the 8,760-hour (365-day) maximum of Kinesis Data Streams: archive the stream to S3 for longer replay.`,
      });
    }
  }

  const recordKB = ingestion.recordSizeKB;
  if (recordKB !== undefined && recordKB > KDS_LIMITS.defaultMaxRecordKB) {
    if (recordKB <= KDS_LIMITS.configurableMaxRecordKB) {
      result.configuration.maxRecordSizeKiB = Math.ceil(recordKB);
      result.warnings.push({
        code: 'stream-limit',
        message: `Records of ${figure(recordKB)} KB exceed the 1 MiB default record size: raise the stream's maximum record size (up to 10 MiB) and keep such records rare, or put the payload in S3 and stream a pointer.`,
      });
    } else {
      result.warnings.push({
        code: 'stream-limit',
        message: `Records of ${figure(recordKB)} KB exceed even the 10 MiB configurable maximum: store each payload in S3 and stream a pointer to it.`,
      });
    }
  }
  return result;
};

function shardSentence(rates: StreamRates, plan: ShardPlan): string {
  const shards = plural(plan.shards, 'shard');
  if (rates.mbps !== undefined && rates.recordsPerSecond !== undefined) {
    const bound = plan.byBytes === plan.byRecords ? 'bytes and records alike' : plan.byBytes > plan.byRecords ? 'bytes' : 'records';
    return `${figure(rates.mbps)} MB/s and ${figure(rates.recordsPerSecond)} records/s need ${shards}: ${figure(plan.byBytes)} for the bytes at 1 MB/s per shard, ${figure(plan.byRecords)} for the records at 1,000 records/s per shard (bound by ${bound}).`;
  }
  if (rates.mbps !== undefined) {
    return `${figure(rates.mbps)} MB/s needs ${shards} at 1 MB/s per shard (small records can need more: give records/s or the record size).`;
  }
  return `${figure(rates.recordsPerSecond as number)} records/s need ${shards} at 1,000 records/s per shard.`;
}
