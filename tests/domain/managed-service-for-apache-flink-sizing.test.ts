import { describe, expect, it } from 'vitest';
import { SIZERS } from '../../src/domain/sizing/index.js';
import { planFlink, sizeManagedFlink } from '../../src/domain/sizing/managed-service-for-apache-flink.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload, recommended: string[] = []) => sizeWith(sizeManagedFlink, workload, recommended);
const stream: Workload = { data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming' } };

describe('Managed Service for Apache Flink KPUs from throughput and state', () => {
  it('is registered under the service id a rule names in `sizing`', () => {
    expect(SIZERS['managed-service-for-apache-flink']).toBe(sizeManagedFlink);
  });

  it('reads 50 shards with stateful real-time metrics on 50 KPUs plus 1 for orchestration', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 50 }, processing: { realTimeMetrics: true } }, ['kinesis-data-streams']);
    expect(sized.configuration).toEqual({ parallelism: 50, parallelismPerKpu: 1, kpus: 51, autoScaling: true });
    const text = prose(sized);
    expect(text).toContain('The Kinesis data stream has 50 shards: parallelism 50, one source subtask per shard.');
    expect(text).toContain('50 KPUs for processing, plus 1 for orchestration: 51 KPUs, each 1 vCPU, 4 GB of memory and 50 GB of running application storage');
    expect(text).toContain('Keep autoscaling on');
    expectCleanProse(sized);
  });

  it('follows the shards when records, not bytes, set them', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 2, recordsPerSecond: 20_000 }, processing: { realTimeMetrics: true } }, ['kinesis-data-streams']);
    expect(sized.configuration.parallelism).toBe(20);
  });

  it('packs 4 stateless subtasks into a KPU and sizes from MB/s without a shard count', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 20 } });
    expect(sized.configuration).toMatchObject({ parallelism: 20, parallelismPerKpu: 4, kpus: 6 });
    expect(prose(sized)).toContain('20 MB/s with no shard count: parallelism 20');
  });

  it('starts at parallelism 1 on 2 KPUs without a rate, in the singular', () => {
    const sized = size({ ...stream, processing: { streamingSql: true } });
    expect(sized.configuration).toMatchObject({ parallelism: 1, parallelismPerKpu: 1, kpus: 2 });
    expect(prose(sized)).toContain('1 ÷ 1 = 1 KPU for processing, plus 1 for orchestration: 2 KPUs');
    expectCleanProse(sized);
  });

  it('warns past the default limit of 64 KPUs', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 100 }, processing: { realTimeMetrics: true } });
    expect(sized.warnings.map((w) => w.code)).toEqual(['kpu-limit']);
    expect(sized.warnings[0].message).toContain('100 KPUs exceed the default limit of 64 KPUs');
    expect(planFlink(256, false).processingKpus).toBe(64);
    expect(size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 256 } }).warnings).toEqual([]);
  });
});
