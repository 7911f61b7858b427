import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { sizeKinesisDataStream } from '../../src/domain/sizing/kinesis-data-streams.js';
import { decideFanOut } from '../../src/domain/sizing/kinesis-fan-out.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload, recommended: string[] = []) => sizeWith(sizeKinesisDataStream, workload, recommended);

describe('enhanced fan-out is decided on calls, latency and headroom, not bytes alone', () => {
  it('gives 10 consumers of one shard at real-time latency enhanced fan-out (10 GetRecords calls/s against 5)', () => {
    const sized = size({ ingestion: { throughputMBps: 0.5, consumers: 10 }, latency: 'real-time' });
    expect(sized.configuration).toMatchObject({ shards: 1, enhancedFanOut: true, enhancedFanOutConsumers: 10 });
    const text = prose(sized);
    expect(text).toContain('make 10 GetRecords calls per second on each shard, more than the 5 a shard allows');
    expect(text).toContain('about 200 ms');
    expect(text).toContain('about 70 ms');
    expect(text).not.toContain('optional');
    expectCleanProse(sized);
  });

  it('gives reads at 100% of the shared 2 MB/s with a sub-second target enhanced fan-out', () => {
    // 1 MB/s read by 2 consumers is 2 MB/s: all of one shard's shared reads; 'real-time' means a sub-second (300 ms) target.
    const sized = size({ ingestion: { throughputMBps: 1, consumers: 2 }, latency: 'real-time' });
    expect(sized.configuration).toMatchObject({ shards: 1, enhancedFanOut: true, sharedReadUtilizationPercent: 100 });
    expect(prose(sized)).toContain('would use 100% of the 2 MB/s that 1 shard shares, past the 80%');
    expect(prose(sized)).not.toContain('optional');
    expectCleanProse(sized);
  });

  it('needs fan-out past 80% of the shared reads even without a latency target', () => {
    expect(decideFanOut({ consumers: 2, shards: 10, mbps: 8.5, lambda: false }).reasons).toEqual(['headroom']);
    expect(decideFanOut({ consumers: 2, shards: 10, mbps: 8, lambda: false }).enhancedFanOut).toBe(false);
  });

  it('needs fan-out for more than one consumer at real-time latency, however few the bytes', () => {
    expect(decideFanOut({ consumers: 2, shards: 10, mbps: 0.1, latency: 'real-time', lambda: false }).reasons).toEqual(['latency']);
    expect(decideFanOut({ consumers: 1, shards: 10, mbps: 0.1, latency: 'real-time', lambda: false }).enhancedFanOut).toBe(false);
    expect(decideFanOut({ consumers: 2, shards: 10, mbps: 0.1, latency: 'near-real-time', lambda: false }).enhancedFanOut).toBe(false);
  });

  it('counts GetRecords calls even when no byte rate is known', () => {
    expect(decideFanOut({ consumers: 5, lambda: false }).enhancedFanOut).toBe(false);
    expect(decideFanOut({ consumers: 6, lambda: false }).reasons).toEqual(['calls']);
  });

  it('keeps fan-out optional for one consumer with room to spare, in the singular', () => {
    const sized = size({ ingestion: { throughputMBps: 5, consumers: 1 } });
    expect(sized.configuration.enhancedFanOut).toBe(false);
    expect(prose(sized)).toContain('1 consumer reading 5 MB/s uses 50% of the 10 MB/s that 5 shards share and 1 of the 5 GetRecords calls per second');
    expect(prose(sized)).toContain('enhanced fan-out is optional');
    expectCleanProse(sized);
  });

  it("counts Lambda's once-a-second poll as a consumer and maps it to fan-out when fan-out is chosen", () => {
    const alone = size({ ingestion: { throughputMBps: 2 } }, ['lambda']);
    expect(alone.configuration.enhancedFanOut).toBe(false);
    expect(prose(alone)).toContain('Lambda polls each shard once a second on the shared throughput');
    const crowded = size({ ingestion: { throughputMBps: 2, consumers: 6 } }, ['lambda']);
    expect(crowded.configuration.enhancedFanOut).toBe(true);
    expect(prose(crowded)).toContain("(Lambda's event source among them)");
    expect(prose(crowded)).toContain("Map Lambda's event source to one of these enhanced fan-out consumers");
    expectCleanProse(crowded);
  });

  it('warns past 20 fan-out consumers, naming On-demand Advantage up to 50', () => {
    const sized = size({ ingestion: { throughputMBps: 5, consumers: 21 } });
    expect(sized.warnings.find((w) => w.code === 'stream-limit')?.message).toContain('On-demand Advantage raises the limit to 50');
    const many = size({ ingestion: { throughputMBps: 5, consumers: 60 } });
    expect(many.warnings.find((w) => w.code === 'stream-limit')?.message).toContain('60 consumers exceed the 20 enhanced fan-out consumers a stream allows (50 with On-demand Advantage)');
    expect(size({ ingestion: { throughputMBps: 5, consumers: 20 } }).warnings).toEqual([]);
  });
});

describe('on-demand or provisioned by the Region\'s on-demand ceiling', () => {
  it('starts on-demand without a rate and names the ceiling of the Region', () => {
    expect(prose(size({ ingestion: {}, account: { region: 'ap-south-1' } }))).toContain('up to 200 MB/s of writes in ap-south-1');
    expect(prose(size({ ingestion: {}, account: { region: 'eu-west-1' } }))).toContain('up to 10 GB/s of writes in eu-west-1');
    expect(prose(size({ ingestion: {} }))).toContain('10 GB/s of writes in us-east-1, us-west-2 and eu-west-1, 200 MB/s elsewhere');
  });

  it('keeps provisioned shards for a rate past on-demand\'s 200 MB/s outside the large Regions', () => {
    const sized = size({ ingestion: { throughputMBps: 300 }, account: { region: 'ap-south-1' } });
    expect(sized.configuration).toMatchObject({ capacityMode: 'provisioned', shards: 300 });
    expect(prose(sized)).toContain("300 MB/s is past on-demand's 200 MB/s of writes in ap-south-1");
  });

  it('says on-demand would carry the same rate in us-east-1, where it scales to 10 GB/s', () => {
    expect(prose(size({ ingestion: { throughputMBps: 300 }, account: { region: 'us-east-1' } }))).toContain(
      'On-demand mode would also carry 300 MB/s (it scales to 10 GB/s of writes in us-east-1)',
    );
    expect(prose(size({ ingestion: { throughputMBps: 300 } }))).toContain('only in us-east-1, us-west-2 and eu-west-1');
  });
});

describe('the advisor carries the fan-out decision', () => {
  it('registers a clickstream\'s 10 consumers of one shard for enhanced fan-out at real-time latency', () => {
    const answer = createAdvisor().recommend({
      data: { sources: ['clickstream'] },
      ingestion: { mode: 'streaming', throughputMBps: 0.5, consumers: 10 },
      latency: 'real-time',
    });
    const kds = answer.recommendations.find((r) => r.service === 'kinesis-data-streams');
    expect(kds?.configuration).toMatchObject({ shards: 1, enhancedFanOut: true });
    expect(kds?.rationale.join(' ')).not.toContain('enhanced fan-out is optional');
  });
});
