import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { readFacts } from '../../src/domain/facts/read-facts.js';
import { planShards, sizeKinesisDataStream, streamRates } from '../../src/domain/sizing/kinesis-data-streams.js';
import { decideFanOut } from '../../src/domain/sizing/kinesis-fan-out.js';
import type { Workload } from '../../src/domain/workload/schema.js';

const size = (ingestion: Workload['ingestion'], account?: Workload['account']) =>
  sizeKinesisDataStream({ workload: { ingestion, account }, recommended: new Set(), flows: [], reading: readFacts({ ingestion }).reading });

describe('Kinesis Data Streams shard sizing', () => {
  it('gives exactly one shard per MB/s at the boundary', () => {
    expect(size({ throughputMBps: 50 }).configuration.shards).toBe(50);
    expect(size({ throughputMBps: 1 }).configuration.shards).toBe(1);
  });

  it('adds a shard as soon as the rate passes a whole MB/s', () => {
    expect(size({ throughputMBps: 50.001 }).configuration.shards).toBe(51);
  });

  it('does not round floating-point dust up to an extra shard', () => {
    expect(size({ throughputMBps: 0.1 + 0.2 }).configuration.shards).toBe(1);
    expect(size({ recordsPerSecond: 3000 }).configuration.shards).toBe(3);
  });

  it('sizes by records when small records dominate, and says aggregation would help', () => {
    const sized = size({ throughputMBps: 20, recordsPerSecond: 50_000 });
    expect(sized.configuration.shards).toBe(50);
    expect(sized.rationale.join(' ')).toContain('20 MB/s and 50,000 records/s need 50 shards');
    expect(sized.rationale.join(' ')).toMatch(/records-bound.*20 shards/);
  });

  it('sizes by bytes when records are large', () => {
    const sized = size({ throughputMBps: 50, recordsPerSecond: 5_000 });
    expect(sized.configuration.shards).toBe(50);
    expect(sized.rationale[0]).toContain('bound by bytes');
  });

  it('needs 50 shards for 50 MB/s and 50,000 records/s (bytes and records alike)', () => {
    const sized = size({ throughputMBps: 50, recordsPerSecond: 50_000 });
    expect(sized.configuration.shards).toBe(50);
    expect(sized.rationale[0]).toContain('50 MB/s and 50,000 records/s need 50 shards');
  });

  it('derives the missing rate from the record size', () => {
    expect(streamRates({ recordsPerSecond: 2048, recordSizeKB: 1 }).mbps).toBe(2);
    expect(streamRates({ throughputMBps: 1, recordSizeKB: 0.5 }).recordsPerSecond).toBe(2048);
    expect(size({ throughputMBps: 1, recordSizeKB: 0.5 }).configuration.shards).toBe(3);
  });

  it('keeps at least one shard for a zero rate', () => {
    expect(size({ throughputMBps: 0 }).configuration.shards).toBe(1);
  });

  it('starts on-demand when no rate is known', () => {
    const sized = size({});
    expect(sized.configuration).toEqual({ capacityMode: 'on-demand' });
  });

  // Two consumers reading 10 MB/s from 10 shards use 100% of the shared 2 MB/s per shard: past the
  // 80% headroom issue 15 asks for, so fan-out is no longer optional for two (it was before).
  it('keeps shared reads for one consumer and switches to enhanced fan-out for two at 100% of the shared reads', () => {
    expect(decideFanOut({ consumers: 1, shards: 10, mbps: 10, lambda: false }).enhancedFanOut).toBe(false);
    expect(decideFanOut({ consumers: 2, shards: 10, mbps: 10, lambda: false }).reasons).toEqual(['headroom']);
    expect(decideFanOut({ consumers: 3, shards: 10, mbps: 10, lambda: false }).reasons).toEqual(['throughput']);
    const sized = size({ throughputMBps: 10, consumers: 3 });
    expect(sized.configuration.shards).toBe(10);
    expect(sized.configuration.enhancedFanOut).toBe(true);
    expect(sized.rationale.join(' ')).toContain('3 consumers each reading 10 MB/s need 30 MB/s of reads');
  });

  it('needs no fan-out when a records-bound stream already has read headroom', () => {
    const plan = planShards({ mbps: 2, recordsPerSecond: 20_000 });
    expect(plan.shards).toBe(20);
    expect(decideFanOut({ consumers: 4, shards: plan.shards, mbps: 2, lambda: false }).enhancedFanOut).toBe(false);
  });

  it('warns when consumers exceed the enhanced fan-out limit of 20', () => {
    const sized = size({ throughputMBps: 5, consumers: 21 });
    expect(sized.warnings.map((w) => w.code)).toContain('stream-limit');
  });

  it('sets retention past the 24-hour default and caps it at 8,760 hours with a warning', () => {
    expect(size({ throughputMBps: 1, retentionHours: 24 }).configuration.retentionHours).toBeUndefined();
    expect(size({ throughputMBps: 1, retentionHours: 168 }).configuration.retentionHours).toBe(168);
    const long = size({ throughputMBps: 1, retentionHours: 9000 });
    expect(long.configuration.retentionHours).toBe(8760);
    expect(long.warnings[0].code).toBe('stream-limit');
  });

  it('warns past the default shard quota of the Region', () => {
    expect(size({ throughputMBps: 1500 }, { region: 'ap-southeast-2' }).warnings.map((w) => w.code)).toContain('stream-limit');
    expect(size({ throughputMBps: 1500 }, { region: 'us-east-1' }).warnings).toEqual([]);
  });

  it('warns about records over 1 MiB and over the 10 MiB maximum', () => {
    const large = size({ throughputMBps: 10, recordSizeKB: 2048 });
    expect(large.configuration.maxRecordSizeKiB).toBe(2048);
    expect(large.warnings[0].message).toContain('1 MiB default');
    expect(size({ throughputMBps: 10, recordSizeKB: 20_000 }).warnings[0].message).toContain('10 MiB');
  });

  it('puts the shard count in the recommendation the advisor returns', () => {
    const answer = createAdvisor().recommend({
      ingestion: { mode: 'streaming', throughputMBps: 50, recordsPerSecond: 50_000 },
      processing: { customStreamProcessing: true },
    });
    const kds = answer.recommendations.find((r) => r.service === 'kinesis-data-streams');
    expect(kds?.configuration.shards).toBe(50);
    expect(kds?.rationale.join(' ')).toContain('50 MB/s and 50,000 records/s need 50 shards');
  });
});
