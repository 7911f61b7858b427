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

  it('sizes KPUs from the stream rate over what one KPU keeps up with, not from the shard count', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 50 }, processing: { realTimeMetrics: true } }, ['kinesis-data-streams']);
    expect(sized.configuration).toEqual({ parallelism: 25, parallelismPerKpu: 1, kpus: 26, autoScaling: true });
    const text = prose(sized);
    expect(text).toContain('50 MB/s at about 2 MB/s per KPU for stateful work (an estimate, AWS publishes no per-KPU rate');
    expect(text).toContain('25 KPUs for processing, plus 1 for orchestration: 26 KPUs, each 1 vCPU, 4 GB of memory and 50 GB of running application storage');
    expect(text).toContain('Keep autoscaling on');
    expect(sized.premises).toContainEqual({ quantity: 'write rate', value: 50, unit: 'MB/s', from: 'workload', field: 'ingestion.throughputMBps' });
    expect(sized.premises).toContainEqual({ quantity: 'stream rate one KPU keeps up with', value: 2, unit: 'MB/s', from: 'default' });
    expectCleanProse(sized);
  });

  it('needs few KPUs for a small stream read from many shards, and says the extra source subtasks would idle', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 5, recordsPerSecond: 21_000 }, processing: { realTimeMetrics: true } }, ['kinesis-data-streams']);
    expect(sized.configuration).toMatchObject({ parallelism: 3, kpus: 4 });
  });

  it('works out the rate from records and an assumed record size, and says the size was assumed', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', recordsPerSecond: 10_240 }, processing: { realTimeMetrics: true } });
    expect(sized.configuration.kpus).toBe(6);
    expect(sized.premises).toContainEqual({ quantity: 'record size', value: 1, unit: 'KB', from: 'default', field: 'ingestion.recordSizeKB' });
  });

  it('packs 4 stateless subtasks into a KPU', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 20 } });
    expect(sized.configuration).toMatchObject({ parallelism: 12, parallelismPerKpu: 4, kpus: 4 });
    expect(prose(sized)).toContain('Stateless steps (no windows or joins) pack 4 parallel subtasks into each KPU');
  });

  it('starts on 1 KPU for processing without a rate, in the singular', () => {
    const sized = size({ ...stream, processing: { streamingSql: true } });
    expect(sized.configuration).toMatchObject({ parallelism: 1, parallelismPerKpu: 1, kpus: 2 });
    expect(prose(sized)).toContain('No ingest rate was given: start at 1 KPU for processing');
    expectCleanProse(sized);
  });

  it('warns past the default quota of 64 KPUs per application', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 1200 }, processing: { realTimeMetrics: true } });
    expect(sized.configuration.kpus).toBe(601);
    expect(sized.warnings.map((w) => w.code)).toEqual(['stream-limit']);
    expect(sized.warnings[0].message).toContain('601 KPUs exceed the default quota of 64 KPUs per Flink application');
    expect(planFlink(512, false).processingKpus).toBe(64);
    expect(size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 512 } }).warnings).toEqual([]);
  });
});
