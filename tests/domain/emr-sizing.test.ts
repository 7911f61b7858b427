import { describe, expect, it } from 'vitest';
import { sizeEmr, sizeEmrTaskNodes } from '../../src/domain/sizing/emr.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload, recommended: string[] = []) => sizeWith(sizeEmr, workload, recommended, 'none');
const lake = (volumeTB: number): Workload => ({ data: { sources: ['s3'], atRest: true, volumeTB } });

describe('EMR node counts from the data one run reads over its window', () => {
  it('sizes the cluster from one run\'s input, not from the lake, with a small On-Demand core group and Spot task nodes when cost comes first', () => {
    const sized = size({ ...lake(400), processing: { inputPerRunGB: 3000, runWindowHours: 6 }, costPriority: 'lowest' });
    expect(sized.configuration).toMatchObject({ primaryNodes: 1, coreNodes: 2, taskNodes: 3, workerNodes: 5, processingWindowHours: 6, primaryAndCoreNodes: 'on-demand', taskPurchaseOption: 'spot' });
    const text = prose(sized);
    expect(text).toContain('Each run of the EMR cluster reads 3,000 GB (processing.inputPerRunGB), within the stated 6-hour window.');
    expect(text).toContain('The 400 TB already stored is read once, by a first full load');
    expect(text).toContain('3,000 GB in 6 hours at about 100 GB per node-hour');
    expect(text).toContain('the data stays in S3 (EMRFS), so only 2 core nodes hold temporary HDFS data On-Demand, and 3 task nodes do the rest of the work on Spot');
    expect(sized.premises).toContainEqual({ quantity: 'input per run', value: 3000, unit: 'GB', from: 'workload', field: 'processing.inputPerRunGB' });
    expect(sized.premises).toContainEqual({ quantity: 'run window', value: 6, unit: 'hours', from: 'workload', field: 'processing.runWindowHours' });
    expect(sized.warnings).toEqual([]);
    expectCleanProse(sized);
  });

  it('never sizes from the stored volume alone: assumes a small run, says so, and asks for processing.inputPerRunGB', () => {
    const sized = size({ ...lake(400), latency: 'batch' });
    expect(sized.configuration).toMatchObject({ coreNodes: 2, taskNodes: 0, workerNodes: 2, processingWindowHours: 8 });
    expect(sized.premises).toContainEqual({ quantity: 'input per run', value: 100, unit: 'GB', from: 'default', field: 'processing.inputPerRunGB' });
    expect(sized.warnings.map((w) => w.code)).toEqual(['sizing-guess']);
    expect(sized.warnings[0].message).toContain('(processing.inputPerRunGB)');
    expect(sized.asks?.map((ask) => ask.field)).toEqual(['processing.inputPerRunGB']);
    expect(size({ ...lake(4000), latency: 'batch' }).configuration.workerNodes).toBe(sized.configuration.workerNodes);
  });

  it('keeps about a tenth of a large batch cluster as core nodes, the rest task nodes', () => {
    expect(size({ ...lake(300), processing: { inputPerRunGB: 40_000 }, costPriority: 'balanced' }).configuration).toMatchObject({ coreNodes: 5, taskNodes: 45, workerNodes: 50, taskPurchaseOption: 'spot' });
  });

  it('keeps task nodes On-Demand when performance comes first', () => {
    const sized = size({ ...lake(40), processing: { inputPerRunGB: 4000 }, costPriority: 'performance' });
    expect(sized.configuration).toMatchObject({ coreNodes: 2, taskNodes: 3, taskPurchaseOption: 'on-demand' });
    expect(prose(sized)).toContain('task nodes do the rest of the work On-Demand');
  });

  it('keeps every node a core node for HBase, whose data lives on them', () => {
    expect(size({ ...lake(40), processing: { inputPerRunGB: 4000, frameworks: ['hbase'] }, costPriority: 'lowest' }).configuration).toMatchObject({ coreNodes: 5, taskNodes: 0 });
  });

  it('assumes a 1-hour window for fresher answers and says so', () => {
    const sized = size({ ...lake(4), processing: { inputPerRunGB: 400 }, latency: 'near-real-time' });
    expect(sized.configuration).toMatchObject({ processingWindowHours: 1, workerNodes: 4 });
    expect(prose(sized)).toContain('within an assumed 1-hour window');
    expect(sized.premises).toContainEqual({ quantity: 'run window', value: 1, unit: 'hours', from: 'default', field: 'processing.runWindowHours' });
  });

  it('keeps at least 2 core nodes', () => {
    expect(size({ ...lake(0.1), processing: { inputPerRunGB: 10 } }).configuration).toMatchObject({ coreNodes: 2, taskNodes: 0 });
  });
});

describe('streaming jobs and Spot', () => {
  const stream: Workload = { data: { sources: ['iot-devices'] }, ingestion: { mode: 'streaming', throughputMBps: 30 }, processing: { frameworks: ['spark'] } };

  it('cautions against Spot for a 24/7 streaming job and keeps its nodes On-Demand', () => {
    const sized = size({ ...stream, costPriority: 'balanced' });
    expect(sized.warnings.map((w) => w.code)).toEqual(['spot-streaming']);
    expect(sized.configuration).toMatchObject({ coreNodes: 3, taskNodes: 0 });
    expect(prose(sized)).toContain('30 MB/s at about 10 MB/s per 8-vCPU node');
  });

  it('says nothing about Spot when the streaming job runs on On-Demand only', () => {
    expect(size({ ...stream, costPriority: 'performance' }).warnings).toEqual([]);
  });
});

describe('EMR Serverless when there is no cluster to keep', () => {
  it('names EMR Serverless for Spark batch jobs', () => {
    expect(prose(size(lake(10)))).toContain('EMR Serverless runs the same jobs with no nodes to size');
  });

  it('does not for HBase, a streaming job, or when EMR Serverless is already recommended', () => {
    expect(prose(size({ ...lake(10), processing: { frameworks: ['hbase'] } }))).not.toContain('EMR Serverless');
    expect(prose(size({ data: { sources: ['iot-devices'] }, ingestion: { mode: 'streaming' } }))).not.toContain('EMR Serverless');
    expect(prose(size(lake(10), ['emr-serverless']))).not.toContain('EMR Serverless');
  });
});

describe('EMR task nodes', () => {
  it('buys task nodes on Spot across several instance types', () => {
    const sized = sizeWith(sizeEmrTaskNodes, { costPriority: 'lowest' });
    expect(sized.configuration.purchaseOption).toBe('spot');
    expect(prose(sized)).toContain('put most compute on them');
    expectCleanProse(sized);
  });
});
