import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor, parseWorkload } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import { DATA_SOURCES, DESTINATIONS, ETL_TRIGGERS } from '../../src/domain/workload/schema.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

// Properties of the reasoning: counterfactuals have their own (tests/domain/counterfactuals), so these answers go without.
const advisor = createAdvisor({ whatWouldChange: false });
const scenarioDir = new URL('../scenarios/', import.meta.url);
const scenarios = readdirSync(scenarioDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, scenarioDir), 'utf8')) as { name: string; workload: unknown });

const ENUM_IDS = [...DATA_SOURCES, ...DESTINATIONS, ...ETL_TRIGGERS].filter((id) => id.includes('-'));
const COUNTED = ['consumer', 'shard', 'worker', 'node', 'KPU', 'instance', 'stream', 'vCPU', 'request', 'record', 'producer', 'camera'];

/** Every sentence an answer says to a person, without the workload's own description (quoted back verbatim). */
function prose(answer: Recommendation): string[] {
  return [
    ...answer.recommendations.flatMap((item) => item.rationale),
    ...answer.warnings.filter((warning) => warning.code !== 'conflicting-inputs').map((warning) => warning.message),
    ...answer.rejected.map((item) => item.reason),
    ...answer.missing.map((item) => item.why),
  ];
}

function expectCleanWording(answer: Recommendation, label: string): void {
  const sentences = answer.recommendations.flatMap((item) => item.rationale);
  expect(new Set(sentences).size, `${label}: a rationale sentence said twice`).toBe(sentences.length);
  const text = prose(answer).join(' ');
  for (const id of ENUM_IDS) expect(text, `${label}: enum id ${id} in prose`).not.toMatch(new RegExp(`(?<![\\w.-])${id}(?![\\w-])`));
  expect(text, label).not.toMatch(/the cards'/);
  for (const word of COUNTED) expect(text, `${label}: "1 ${word}s"`).not.toMatch(new RegExp(`(^|[^\\d.,])1 (\\S+ )?${word}s\\b`));
}

/** Where each service sits in the pipeline's flattened order. */
const stageOf = (answer: Recommendation, service: string) => answer.pipeline.findIndex((stage) => stage.services.includes(service as never));

describe('how answers read', () => {
  it('says each rationale sentence once, names values in words, and counts in the right number, for every scenario', () => {
    for (const { name, workload } of scenarios) expectCleanWording(advisor.recommend(workload as WorkloadInput), name);
  });

  it('counts one of a thing in the singular, wherever a figure of 1 can reach a sentence', () => {
    const ones: WorkloadInput[] = [
      { data: { sources: ['video-cameras'] }, ingestion: { mode: 'streaming', producers: 1, retentionHours: 1 }, processing: { computerVision: ['face-recognition'] } },
      { ingestion: { mode: 'streaming', recordsPerSecond: 1, throughputMBps: 1, consumers: 1, producers: 1 }, processing: { customStreamProcessing: true }, latency: 'real-time' },
      { ml: { inference: true, frameworks: ['pytorch'] }, ingestion: { recordsPerSecond: 1 }, latency: 'real-time' },
      { data: { sources: ['iot-devices'], volumeTB: 1 }, ingestion: { mode: 'batch', producers: 1 }, processing: { etl: true, frameworks: ['spark'] } },
    ];
    for (const workload of ones) expectCleanWording(advisor.recommend(workload), JSON.stringify(workload));
  });

  it('asks, for a source with no path, only what the workload has not said', () => {
    const unplaced = (workload: WorkloadInput) => advisor.recommend(workload).warnings.find((warning) => warning.code === 'unplaced-source')?.message;
    const landing = unplaced({ data: { sources: ['saas'] }, ingestion: { mode: 'one-time-migration' }, destinations: ['redshift'] });
    expect(landing).toBe('The data from SaaS applications has no path yet: say what must happen to it (processing, analytics or ml).');
    const nothing = unplaced({ data: { sources: ['saas'] } });
    expect(nothing).toBe('The data from SaaS applications has no path yet: say where it must land (destinations) and what must happen to it (processing, analytics or ml).');
    const trained = unplaced({ data: { sources: ['data-warehouse'] }, ml: { inference: true, frameworks: ['xgboost'] } });
    expect(trained).toBe('The data from a data warehouse has no path yet: say where it must land (destinations).');
  });

  it('warns once that a lake needs cataloguing, however many rules see the lake', () => {
    const lake: WorkloadInput = { data: { sources: ['s3', 'saas'], atRest: true, lowQuality: true, duplicatesWithoutCommonId: true, formats: ['csv'] }, analytics: { adhocSql: true } };
    const warnings = advisor.recommend(lake).warnings.filter((warning) => warning.code === 'catalog-before-analysis');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].rules).toEqual(expect.arrayContaining(['lake-needs-catalog', 'data-lake-many-sources']));
  });

  it('reads the same way for random workloads', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        expectCleanWording(advisor.recommend(parseWorkload(input)), JSON.stringify(input));
      }),
      { numRuns: Number(process.env.WORDING_RUNS ?? 400) },
    );
  });

  it('never lays out two stages of the same role side by side, and puts the S3 lake before the engines that query it', () => {
    const check = (answer: Recommendation, label: string) => {
      answer.pipeline.forEach((stage, index) => {
        if (index > 0) expect(stage.stage, `${label}: two ${stage.stage} stages in a row`).not.toBe(answer.pipeline[index - 1].stage);
      });
      // The lake: S3 is never laid out after the engines that query it.
      const queries = answer.pipeline.filter((stage) => stage.stage === 'query').flatMap((stage) => stage.services);
      if (stageOf(answer, 's3') >= 0) for (const query of queries) expect(stageOf(answer, 's3'), `${label}: s3 after ${query}`).toBeLessThan(stageOf(answer, query));
    };
    for (const { name, workload } of scenarios) check(advisor.recommend(workload as WorkloadInput), name);
    // Found by a random run: two Lambdas in one node (Firehose's transform, the model's alerts) chained Athena before S3.
    const chained = { data: { sources: ['video-cameras', 'iot-devices'], formats: [] }, processing: { transformBeforeDelivery: true, etlTrigger: 'schedule', computerVision: ['activity-detection'] }, ml: { training: true } };
    check(advisor.recommend(chained as WorkloadInput), 'one Lambda node for two jobs');
    fc.assert(
      fc.property(workloadArbitrary, (input) => check(advisor.recommend(parseWorkload(input)), JSON.stringify(input))),
      { numRuns: Number(process.env.WORDING_RUNS ?? 400) },
    );
  });
});
