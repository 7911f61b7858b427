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
    expect(cost?.lines).toEqual([{ item: 'real-time inference instance-hours, ml.c6i.xlarge', quantity: 1460, unit: 'instance-hour', note: PRICE_NOT_CONFIRMED }]);
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

  it('prices Flex Glue runs at the Flex price', () => {
    const cost = priceRecommendation(
      { service: 'glue-etl', configuration: { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 9, executionClass: 'FLEX' } },
      { processing: { etlTrigger: 'schedule', runWindowHours: 2 } },
      'us-east-1',
    );
    // 18 DPU × 2 hours × 730 ÷ 24 runs = 1,095 DPU-hours × $0.29.
    expect(cost?.lines).toEqual([{ item: 'DPU-hours (Flex execution)', quantity: 1095, unit: 'DPU-hour', unitPriceUSD: 0.29, monthlyUSD: 317.55 }]);
    expect(cost?.lowUSD).toBeUndefined();
    expect(cost?.premises).toEqual([
      { quantity: 'hours a run', value: 2, unit: 'hours', from: 'workload', field: 'processing.runWindowHours' },
      { quantity: 'runs a month', value: 30.417, unit: 'runs', from: 'derived', field: 'processing.etlTrigger' },
    ]);
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
