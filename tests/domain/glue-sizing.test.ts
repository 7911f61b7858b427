import { describe, expect, it } from 'vitest';
import { sizeGlueEtl, sizeGlueJobs } from '../../src/domain/sizing/glue.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload, flows: 'all' | 'none' = 'all') => sizeWith(sizeGlueEtl, workload, [], flows);
const lake: Workload = { data: { sources: ['s3'], atRest: true } };

describe('Glue workers from the data one run reads, not the whole lake', () => {
  it('sizes a run from processing.inputPerRunGB, whatever the lake holds, and says the stored data is a one-time backfill', () => {
    const sized = size({ data: { sources: ['s3'], atRest: true, volumeTB: 40 }, processing: { etl: true, inputPerRunGB: 200 } });
    expect(sized.configuration).toMatchObject({ jobType: 'spark', perRunGB: 200, workerType: 'G.2X', numberOfWorkers: 10, jobBookmarks: true, autoScaling: true });
    const text = prose(sized);
    expect(text).toContain('Each run of the Glue job reads 200 GB (processing.inputPerRunGB)');
    expect(text).toContain('The 40 TB already stored is read once, by a first full load sized as a job of its own');
    expect(sized.premises).toContainEqual({ quantity: 'input per run', value: 200, unit: 'GB', from: 'workload', field: 'processing.inputPerRunGB' });
    expect(sized.warnings).toEqual([]);
    expectCleanProse(sized);
  });

  it('sizes a daily run from the ingest rate, stating the assumed interval, whatever the lake holds', () => {
    const sized = size({ data: { sources: ['s3'], atRest: true, volumeTB: 500 }, ingestion: { throughputMBps: 2 }, processing: { etl: true, etlTrigger: 'schedule' } });
    expect(sized.configuration).toMatchObject({ jobType: 'spark', perRunGB: 172.8, workerType: 'G.2X', numberOfWorkers: 9, jobBookmarks: true });
    const text = prose(sized);
    expect(text).toContain('2 MB/s over a 24-hour run interval is about 172.8 GB for each run of the Glue job');
    expect(text).toContain('At about 10 GB per DPU per run (an estimate');
    expect(sized.premises).toContainEqual({ quantity: 'input per run', value: 172.8, unit: 'GB', from: 'derived', field: 'processing.inputPerRunGB' });
    expectCleanProse(sized);
  });

  it('never sizes from the stored volume alone: assumes 100 GB a run, raises sizing-guess and asks processing.inputPerRunGB', () => {
    const sized = size({ ...lake, data: { ...lake.data, volumeTB: 40 } });
    expect(sized.configuration).toMatchObject({ perRunGB: 100, workerType: 'G.2X', numberOfWorkers: 5 });
    expect(sized.warnings.map((w) => w.code)).toEqual(['sizing-guess']);
    expect(sized.warnings[0].message).toContain('the 40 TB stored is not what a recurring run reads');
    expect(sized.asks?.map((ask) => ask.field)).toEqual(['processing.inputPerRunGB']);
    expect(size({ ...lake, data: { ...lake.data, volumeTB: 4000 } }).configuration.numberOfWorkers).toBe(5);
  });

  it.each([
    [50, 'G.1X', 5],
    [500, 'G.2X', 25],
    [20_000, 'G.8X', 250],
  ] as const)('picks the worker type by run size: %s GB on %s (%i workers)', (inputPerRunGB, workerType, workers) => {
    expect(size({ ...lake, processing: { inputPerRunGB } }).configuration).toMatchObject({ workerType, numberOfWorkers: workers });
  });

  it('never goes below the 2 workers a Spark job needs', () => {
    const sized = size({ ...lake, processing: { inputPerRunGB: 11 } });
    expect(sized.configuration).toMatchObject({ workerType: 'G.1X', numberOfWorkers: 2 });
    expect(prose(sized)).toContain('(the minimum for a Spark job)');
  });

  it('runs a small run as a Python shell job', () => {
    expect(size({ ...lake, ingestion: { throughputMBps: 0.05 } }).configuration).toMatchObject({ jobType: 'python-shell', perRunGB: 4.3 });
  });
});

describe('Flex execution when cost comes first', () => {
  it('runs a batch job in the Flex class on G.2X workers at most', () => {
    const sized = size({ ...lake, processing: { inputPerRunGB: 5000 }, costPriority: 'lowest' });
    expect(sized.configuration).toMatchObject({ executionClass: 'FLEX', workerType: 'G.2X', numberOfWorkers: 250 });
    expect(prose(sized)).toContain('Flex execution class');
    expectCleanProse(sized);
  });

  it('keeps the standard class when cost is balanced', () => {
    expect(size({ ...lake, processing: { inputPerRunGB: 5000 }, costPriority: 'balanced' }).configuration.executionClass).toBe('STANDARD');
  });
});

describe('a streaming job for the flows that stream', () => {
  const stream: Workload = { data: { sources: ['clickstream'] }, ingestion: { mode: 'streaming' } };

  it('uses G.025X workers for a low rate, and never Flex', () => {
    const sized = size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 0.5 }, costPriority: 'lowest' });
    expect(sized.configuration).toMatchObject({ jobType: 'streaming', workerType: 'G.025X', numberOfWorkers: 2, executionClass: 'STANDARD' });
    expect(prose(sized)).toContain('The Flex execution class does not apply to streaming jobs');
    expect(sized.configuration.jobBookmarks).toBeUndefined();
    expectCleanProse(sized);
  });

  it('uses G.1X workers by MB/s for a higher rate', () => {
    expect(size({ ...stream, ingestion: { mode: 'streaming', throughputMBps: 12 } }).configuration).toMatchObject({ workerType: 'G.1X', numberOfWorkers: 3 });
  });

  it('reads the flows it serves, and the reading when it serves the whole workload', () => {
    expect(size({ data: { sources: ['iot-devices'] }, ingestion: { throughputMBps: 3 } }).configuration.jobType).toBe('streaming');
    expect(size({ data: { sources: ['iot-devices'] }, ingestion: { throughputMBps: 3 } }, 'none').configuration.jobType).toBe('streaming');
    expect(size({ data: { sources: ['iot-devices', 's3'] }, ingestion: { throughputMBps: 3 } }, 'none').configuration.jobType).toBe('spark');
  });
});

describe('Glue triggers', () => {
  it('keeps the trigger that matches how the ETL starts', () => {
    expect(sizeWith(sizeGlueJobs, { processing: { etlTrigger: 'new-data' } }).configuration.triggerType).toBe('EVENT');
  });
});
