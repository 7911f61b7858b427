import { describe, expect, it } from 'vitest';
import { applyDescription } from '../../src/domain/description/index.js';
import type { Workload } from '../../src/domain/workload/schema.js';

describe('applyDescription', () => {
  it('fills the fields the workload leaves out and lists only those as inferred', () => {
    const result = applyDescription({
      description: 'About 30 MB/s of clickstream, real-time.',
      ingestion: { consumers: 2 },
    });
    expect(result.workload).toEqual({
      description: 'About 30 MB/s of clickstream, real-time.',
      ingestion: { consumers: 2, throughputMBps: 30, mode: 'streaming' },
      data: { sources: ['clickstream'] },
      latency: 'real-time',
    });
    expect(result.inferred.map((entry) => entry.field)).toEqual(['ingestion.throughputMBps', 'ingestion.mode', 'data.sources', 'latency']);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps an explicit figure and reports the figure the prose gives as a conflict', () => {
    const result = applyDescription({ description: 'We ingest 30 MB/s.', ingestion: { throughputMBps: 5 } });
    expect(result.workload.ingestion?.throughputMBps).toBe(5);
    // A rate per second still says data flows continuously.
    expect(result.inferred).toEqual([{ field: 'ingestion.mode', value: 'streaming', evidence: '30 MB/s' }]);
    expect(result.conflicts).toEqual([{ field: 'ingestion.throughputMBps', given: 5, read: 30, evidence: '30 MB/s' }]);
  });

  it('keeps an explicit latency and reports a prose latency that differs', () => {
    const result = applyDescription({ description: 'Dashboards must be real-time.', latency: 'batch' });
    expect(result.workload.latency).toBe('batch');
    expect(result.conflicts).toEqual([{ field: 'latency', given: 'batch', read: 'real-time', evidence: 'real-time' }]);
    expect(result.inferred).toEqual([{ field: 'analytics.dashboards', value: true, evidence: 'Dashboards' }]);
  });

  it('keeps an explicit GPU requirement when the prose says no GPUs', () => {
    const result = applyDescription({ description: "We don't need GPUs.", ml: { gpu: true } });
    expect(result.workload.ml).toEqual({ gpu: true });
    expect(result.conflicts).toEqual([{ field: 'ml.gpu', given: true, read: false, evidence: 'GPUs' }]);
  });

  it('keeps a given list as it is and reports the items the prose adds', () => {
    const result = applyDescription({ description: 'Clickstream and IoT sensors.', data: { sources: ['s3'] } });
    expect(result.workload.data?.sources).toEqual(['s3']);
    expect(result.inferred).toEqual([]);
    expect(result.conflicts).toEqual([
      { field: 'data.sources', given: ['s3'], read: ['clickstream'], evidence: 'Clickstream' },
      { field: 'data.sources', given: ['s3'], read: ['iot-devices'], evidence: 'IoT sensors' },
    ]);
  });

  it('reports nothing when the prose agrees with the given fields', () => {
    const result = applyDescription({
      description: 'Clickstream at 30 MB/s, real-time.',
      data: { sources: ['clickstream', 's3'] },
      ingestion: { throughputMBps: 30, mode: 'streaming' },
      latency: 'real-time',
    });
    expect(result.conflicts).toEqual([]);
    expect(result.inferred).toEqual([]);
  });

  it('fills migration.sourceLocation, the v1.1 field', () => {
    const result = applyDescription({ description: 'Migrate SQL Server running on EC2 to Aurora.', migration: { target: 'rds' } });
    expect(result.workload.migration).toEqual({ target: 'rds', sourceEngine: 'sqlserver', sourceLocation: 'ec2' });
    expect(result.conflicts).toEqual([{ field: 'migration.target', given: 'rds', read: 'aurora', evidence: 'Aurora' }]);
  });

  it('returns the workload untouched when it has no description', () => {
    const workload: Workload = { latency: 'batch' };
    expect(applyDescription(workload)).toEqual({ workload: { latency: 'batch' }, inferred: [], conflicts: [], unread: false });
  });

  it('never modifies the workload it is given', () => {
    const workload: Workload = { description: 'Three teams read 30 MB/s of clickstream.', ingestion: { consumers: 1 }, data: { formats: ['json'] } };
    const before = JSON.stringify(workload);
    applyDescription(workload);
    expect(JSON.stringify(workload)).toBe(before);
  });

  it('leaves a malformed section alone rather than overwrite it', () => {
    const workload = { description: 'We ingest 30 MB/s.', ingestion: 5 } as unknown as Workload;
    const result = applyDescription(workload);
    expect(result.workload).toEqual(workload);
    expect(result.inferred).toEqual([]);
  });
});

describe('applyDescription of a description read before', () => {
  it('gives the same reading again however the caller changed the first one', () => {
    const description = 'Sensors in 12 plants send readings from clickstream and IoT devices; we need real-time dashboards and Parquet in S3.';
    const first = applyDescription({ description });
    const expected = JSON.parse(JSON.stringify(first));
    for (const entry of first.inferred) if (Array.isArray(entry.value)) entry.value.push('changed-by-caller');
    first.inferred.push({ field: 'latency', value: 'batch', evidence: 'x' });
    first.outside?.push({ need: 'cache', evidence: 'x', service: 'x' });
    first.unreadSentences?.push('changed by the caller');
    (first.workload.data?.sources as string[] | undefined)?.push('changed-by-caller');
    expect(JSON.parse(JSON.stringify(applyDescription({ description })))).toEqual(expected);
  });

  it('reads a description anew when the text differs by one character', () => {
    const fast = applyDescription({ description: 'About 30 MB/s of clickstream.' });
    const faster = applyDescription({ description: 'About 31 MB/s of clickstream.' });
    expect(fast.workload.ingestion?.throughputMBps).toBe(30);
    expect(faster.workload.ingestion?.throughputMBps).toBe(31);
  });
});
