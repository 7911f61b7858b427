import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COST_EXCLUDES, CostEstimateSchema, PRICE_NOT_CONFIRMED, RecommendationCostSchema } from '../../../src/domain/cost/cost-schema.js';
import { estimateCost } from '../../../src/domain/cost/estimate-cost.js';
import { priceRecommendation } from '../../../src/domain/cost/price-recommendation.js';
import type { Workload } from '../../../src/domain/workload/schema.js';
import { advisor } from '../../support/answer.js';

const dir = new URL('../../scenarios/', import.meta.url);
const scenarios = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, workload: JSON.parse(readFileSync(new URL(name, dir), 'utf8')).workload as Workload }));
/** Where each line's unit price was checked, and when: every line carries both. */
const checkedOn = (source: string) => ({ source, checked: '2026-12-07' });
const SAGEMAKER = checkedOn('https://aws.amazon.com/sagemaker-ai/pricing/');
const GLUE = checkedOn('https://aws.amazon.com/glue/pricing/');
const EC2 = checkedOn('https://aws.amazon.com/ec2/pricing/on-demand/');
const EMR = checkedOn('https://aws.amazon.com/emr/pricing/');
const S3 = checkedOn('https://aws.amazon.com/s3/pricing/');
const cents = (usd: number) => Math.round(usd * 100 * (1 + 1e-12)) / 100;
const sum = (amounts: number[]) => amounts.reduce((total, usd) => total + Math.round(usd * 100), 0) / 100;

const stream: Workload = {
  data: { sources: ['application-logs'] },
  ingestion: { mode: 'streaming', throughputMBps: 2, recordsPerSecond: 1000, recordSizeKB: 2, consumers: 3 },
  latency: 'real-time',
  processing: { customStreamProcessing: true },
  destinations: ['s3'],
};

describe('estimateCost prices an answer in its Region', () => {
  it('prices us-east-1 when the workload names no Region, and says so', () => {
    const { costEstimate } = estimateCost(advisor.recommend(stream), stream);
    expect(costEstimate).toMatchObject({ region: 'us-east-1', regionFrom: 'default', pricesChecked: '2026-12-07', excludes: COST_EXCLUDES });
    expect(costEstimate.excludes).toBe('free tier, Savings Plans, Reserved capacity');
  });

  it("prices the workload's own Region, and gives no figure where a price is not confirmed there", () => {
    const workload: Workload = { ...stream, account: { region: 'eu-west-2' }, processing: {}, latency: 'near-real-time' };
    const answer = advisor.recommend(workload);
    const { costs, costEstimate } = estimateCost(answer, workload);
    expect(costEstimate).toMatchObject({ region: 'eu-west-2', regionFrom: 'workload' });
    const firehose = costs[answer.recommendations.findIndex((item) => item.service === 'kinesis-data-firehose')];
    expect(firehose?.lines[0]).toMatchObject({ unitPriceUSD: 0.035 });
    const storage = costs[answer.recommendations.findIndex((item) => item.service === 's3')];
    expect(storage?.lines.every((line) => line.note === PRICE_NOT_CONFIRMED && line.unitPriceUSD === undefined && line.monthlyUSD === undefined)).toBe(true);
    expect(storage?.monthlyUSD).toBe(0);
  });

  it('reads the Region and the figures the description states', () => {
    const workload: Workload = { description: 'Application logs stream in at about 4 MB/s and land in S3.', account: { region: 'us-east-1' } };
    const answer = advisor.recommend(workload);
    const { costs } = estimateCost(answer, workload);
    const priced = costs.flatMap((cost) => cost?.premises ?? []);
    expect(priced).toContainEqual(expect.objectContaining({ quantity: 'write rate', value: 4, from: 'workload' }));
  });

  it('says "price not confirmed" for an endpoint whose hourly price could not be confirmed, with the hours still counted', () => {
    const cost = priceRecommendation(
      { service: 'sagemaker', configuration: { endpointType: 'real-time', instanceType: 'ml.c6i.xlarge', initialInstanceCount: 2 } },
      {},
      'us-east-1',
    );
    expect(cost?.lines).toEqual([{ item: 'real-time inference instance-hours, ml.c6i.xlarge', quantity: 1460, unit: 'instance-hour', note: PRICE_NOT_CONFIRMED, ...SAGEMAKER }]);
    expect(cost?.monthlyUSD).toBe(0);
  });

  it('prices nothing it has no quantities for, and lists those services as not priced', () => {
    const workload: Workload = { security: { encryptionAtRest: 'customer-managed-keys' }, data: { sources: ['s3'], atRest: true } };
    const answer = advisor.recommend(workload);
    const { costs, costEstimate } = estimateCost(answer, workload);
    expect(costs.every((cost) => cost === undefined)).toBe(true);
    expect(costEstimate.notPriced).toEqual(answer.recommendations.map((item) => item.service));
    expect(costEstimate).toMatchObject({ monthlyUSD: 0, lowUSD: 0, highUSD: 0 });
  });

  it('prices Flex Glue runs at the Flex price, an hour a run assumed within the stated window', () => {
    const premises = [
      { quantity: 'input per run', value: 172.8, unit: 'GB', from: 'workload', field: 'processing.inputPerRunGB' },
      { quantity: 'run window', value: 2, unit: 'hours', from: 'workload', field: 'processing.runWindowHours' },
    ] as const;
    const cost = priceRecommendation(
      { service: 'glue-etl', configuration: { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 9, executionClass: 'FLEX' }, premises: [...premises] },
      { processing: { etlTrigger: 'schedule', runWindowHours: 2, inputPerRunGB: 172.8 } },
      'us-east-1',
    );
    // 18 DPU × 1 hour × 730 ÷ 24 runs = 547.5 DPU-hours × $0.29 = 158.775; a quarter hour: 136.875 × 0.29 = 39.69; the 2-hour window: 1,095 × 0.29 = 317.55.
    expect(cost?.lines).toEqual([{ item: 'DPU-hours (Flex execution)', quantity: 547.5, unit: 'DPU-hour', unitPriceUSD: 0.29, monthlyUSD: 158.78, ...GLUE }]);
    expect(cost).toMatchObject({ monthlyUSD: 158.78, lowUSD: 39.69, highUSD: 317.55 });
    expect(cost?.premises).toEqual([
      ...premises,
      { quantity: 'hours a run', value: 1, unit: 'hours', from: 'default', field: 'processing.runWindowHours' },
      { quantity: 'runs a month', value: 30.417, unit: 'runs', from: 'derived', field: 'processing.etlTrigger' },
    ]);
  });
});

describe('pricing the services a sizing gives quantities for, worked by hand', () => {
  it('prices an EMR batch cluster for its window once a run, task nodes on Spot at an assumed share of On-Demand', () => {
    const cost = priceRecommendation(
      {
        service: 'emr',
        configuration: { primaryNodes: 1, coreNodes: 2, taskNodes: 18, processingWindowHours: 2, taskPurchaseOption: 'spot' },
        premises: [
          { quantity: 'input per run', value: 4000, unit: 'GB', from: 'workload', field: 'processing.inputPerRunGB' },
          { quantity: 'run window', value: 2, unit: 'hours', from: 'workload', field: 'processing.runWindowHours' },
        ],
      },
      { processing: { etlTrigger: 'schedule', inputPerRunGB: 4000, runWindowHours: 2 } },
      'us-east-1',
    );
    // 2 hours × 730 ÷ 24 runs = 60.833 hours: 3 On-Demand nodes 182.5 h × 0.3264 = 59.568; 18 Spot task nodes 1,095 h × (0.3264 × 40%) = 142.9632.
    expect(cost?.lines).toEqual([
      { item: 'EC2 On-Demand instance-hours, m7g.2xlarge (3 nodes)', quantity: 182.5, unit: 'instance-hour', unitPriceUSD: 0.3264, monthlyUSD: 59.57, ...EC2 },
      { item: 'EC2 Spot instance-hours, m7g.2xlarge (18 task nodes, at 40% of On-Demand assumed)', quantity: 1095, unit: 'instance-hour', unitPriceUSD: 0.13056, monthlyUSD: 142.96, ...EC2 },
      { item: 'Amazon EMR price on every node, m7g.2xlarge', quantity: 1277.5, unit: 'instance-hour', note: PRICE_NOT_CONFIRMED, ...EMR },
    ]);
    // Spot at 10%: 1,095 × 0.03264 = 35.74; at 100%: 1,095 × 0.3264 = 357.41.
    expect(cost).toMatchObject({ monthlyUSD: 202.53, lowUSD: 59.57 + 35.74, highUSD: 59.57 + 357.41 });
  });

  it('prices the first DataSync copy of what is stored, once', () => {
    const cost = priceRecommendation({ service: 'datasync', configuration: {}, premises: [{ quantity: 'data to move', value: 25, unit: 'TB', from: 'workload', field: 'data.volumeTB' }] }, {}, 'us-east-1');
    // 25 TB = 25,600 GB × $0.0125 = 320.
    expect(cost?.lines).toEqual([{ item: 'data copied by DataSync (Basic mode): the first copy of what is stored, once', quantity: 25_600, unit: 'GB', unitPriceUSD: 0.0125, monthlyUSD: 320, ...checkedOn('https://aws.amazon.com/datasync/pricing/') }]);
  });

  it('prices S3 replication: transfer and Replication Time Control on what is written, the replica where its Region is priced', () => {
    const workload: Workload = { data: { volumeTB: 2 }, ingestion: { throughputMBps: 1 }, resilience: { secondaryRegion: 'us-west-2' } };
    const cost = priceRecommendation({ service: 's3-replication', configuration: { replicationTimeControl: 'enabled' }, premises: [] }, workload, 'us-east-1');
    // 1 MB/s for a month = 2,566.406 GB: × 0.02 = 51.328, × 0.015 = 38.496; the replica's storage in us-west-2 has no confirmed price.
    expect(cost?.lines).toEqual([
      { item: 'replica: S3 Standard storage, first 50 TB a month', quantity: 2048, unit: 'GB-month', note: PRICE_NOT_CONFIRMED, ...S3 },
      { item: 'inter-Region data transfer out, to a Region outside us-east-2', quantity: 2566.406, unit: 'GB', unitPriceUSD: 0.02, monthlyUSD: 51.33, ...S3 },
      { item: 'Replication Time Control data transfer', quantity: 2566.406, unit: 'GB', unitPriceUSD: 0.015, monthlyUSD: 38.5, ...S3 },
    ]);
    const nearby = priceRecommendation({ service: 's3-replication', configuration: { replicationTimeControl: 'optional' }, premises: [] }, { ...workload, resilience: { secondaryRegion: 'us-east-2' } }, 'us-east-1');
    expect(nearby?.lines.map((line) => line.note ?? line.monthlyUSD)).toEqual([PRICE_NOT_CONFIRMED, PRICE_NOT_CONFIRMED]);
  });

  it('prices IoT Core connection-minutes only for devices the workload names', () => {
    const cost = priceRecommendation(
      { service: 'iot-core', configuration: {}, premises: [{ quantity: 'connected devices', value: 1000, unit: 'devices', from: 'workload', field: 'ingestion.producers' }] },
      { ingestion: { producers: 1000 } },
      'us-east-1',
    );
    // 1,000 devices × 730 h × 60 = 43.8 M connection-minutes × 0.08 = 3.504; no rate, so no messages.
    expect(cost?.lines).toEqual([{ item: 'device connection-minutes', quantity: 43.8, unit: '1M connection-minutes', unitPriceUSD: 0.08, monthlyUSD: 3.5, ...checkedOn('https://aws.amazon.com/iot-core/pricing/') }]);
  });
});

describe('every scenario workload has a consistent estimate', () => {
  for (const { name, workload } of scenarios) {
    it(name, () => {
      const answer = advisor.recommend(workload);
      const { costs, costEstimate } = estimateCost(answer, workload);
      expect(CostEstimateSchema.safeParse(costEstimate).success).toBe(true);
      expect(costs).toHaveLength(answer.recommendations.length);
      for (const cost of costs) {
        if (!cost) continue;
        expect(RecommendationCostSchema.safeParse(cost).success).toBe(true);
        for (const line of cost.lines) {
          expect(line.source).toMatch(/^https:\/\/aws\.amazon\.com\/.+\/pricing\//);
          expect(line.checked).toBe('2026-12-07');
          if (line.note === PRICE_NOT_CONFIRMED) expect(line.unitPriceUSD === undefined && line.monthlyUSD === undefined).toBe(true);
          else expect(line.monthlyUSD).toBe(cents(line.quantity * (line.unitPriceUSD as number)));
        }
        expect(cost.monthlyUSD).toBe(sum(cost.lines.map((line) => line.monthlyUSD ?? 0)));
        const assumed = cost.premises.some((premise) => premise.from === 'default');
        expect(cost.lowUSD !== undefined && cost.highUSD !== undefined).toBe(assumed);
        if (assumed) expect((cost.lowUSD as number) <= cost.monthlyUSD && cost.monthlyUSD <= (cost.highUSD as number)).toBe(true);
      }
      expect(costEstimate.monthlyUSD).toBe(sum(costs.map((cost) => cost?.monthlyUSD ?? 0)));
      expect(costEstimate.lowUSD <= costEstimate.monthlyUSD && costEstimate.monthlyUSD <= costEstimate.highUSD).toBe(true);
      expect(costEstimate.notPriced).toEqual(answer.recommendations.filter((_, index) => !costs[index]).map((item) => item.service));
    });
  }
});
