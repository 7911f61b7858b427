import { describe, expect, it } from 'vitest';
import { sizeEmr, sizeEmrTaskNodes } from '../../src/domain/sizing/emr.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload, recommended: string[] = []) => sizeWith(sizeEmr, workload, recommended, 'none');
const lake = (volumeTB: number): Workload => ({ data: { sources: ['s3'], atRest: true, volumeTB } });

describe('EMR node counts from the volume and a processing window', () => {
  it('splits 400 TB in an 8-hour batch window into On-Demand core and Spot task nodes when cost comes first', () => {
    const sized = size({ ...lake(400), latency: 'batch', costPriority: 'lowest' });
    expect(sized.configuration).toMatchObject({
      primaryNodes: 1,
      coreNodes: 125,
      taskNodes: 375,
      processingWindowHours: 8,
      primaryAndCoreNodes: 'on-demand',
      taskPurchaseOption: 'spot',
    });
    const text = prose(sized);
    expect(text).toContain('400 TB in an assumed 8-hour window');
    expect(text).toContain('about 100 GB per node-hour');
    expect(text).toContain('125 On-Demand core nodes');
    expect(text).toContain('375 Spot task nodes');
    expectCleanProse(sized);
  });

  it('keeps half the nodes on core when cost is balanced', () => {
    expect(size({ ...lake(300), costPriority: 'balanced' }).configuration).toMatchObject({ coreNodes: 188, taskNodes: 187, taskPurchaseOption: 'spot' });
  });

  it('keeps every node On-Demand when performance comes first', () => {
    const sized = size({ ...lake(40), costPriority: 'performance' });
    expect(sized.configuration).toMatchObject({ coreNodes: 50, taskNodes: 0, taskPurchaseOption: 'on-demand' });
    expect(prose(sized)).toContain('all of them On-Demand core nodes beside 1 primary node');
  });

  it('assumes a 1-hour window for fresher answers and says so', () => {
    const sized = size({ ...lake(4), latency: 'near-real-time' });
    expect(sized.configuration).toMatchObject({ processingWindowHours: 1, coreNodes: 40 });
    expect(prose(sized)).toContain('assumed 1-hour window');
  });

  it('keeps at least 2 core nodes', () => {
    expect(size(lake(0.1)).configuration).toMatchObject({ coreNodes: 2, taskNodes: 0 });
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
