import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Advisor, createAdvisor } from '../../src/domain/advisor.js';
import { type Recommendation, RecommendationSchema } from '../../src/domain/answer/schema.js';
import { readScenarios } from '../../src/domain/scenarios/scenario.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import { COMPANY_RULES, orgFolder, orgRule } from '../support/org-rules.js';
import type { WorkloadInput } from '../../src/domain/workload/schema.js';

const scenarios = readScenarios(fileURLToPath(new URL('../scenarios/', import.meta.url)));

/** Services an organisation forbids for every job and every workload, across the jobs the built-in rules give them. */
const FORBIDDEN = ['kinesis-data-streams', 'kinesis-data-firehose', 's3-sse-s3', 'splunk', 'emr', 'glue-crawler', 'athena'];
const banning = createAdvisor({
  dirs: [orgFolder({ 'bans.json': { topic: 'Bans', rules: [orgRule('acme:bans', { forbid: FORBIDDEN.map((service) => ({ service, reason: `Acme does not run ${service}.` })) })] } })],
});

/** Every place an answer names a service as used or offered. */
function servicesNamed(answer: Recommendation): string[] {
  return [
    ...answer.recommendations.flatMap((item) => [item.service, ...item.alternatives.map((alternative) => alternative.service)]),
    ...answer.pipeline.flatMap((stage) => stage.services),
    ...answer.flows.flatMap((flow) => flow.services),
  ];
}

function expectNoneForbidden(advisor: Advisor, workload: unknown) {
  const answer = advisor.recommend(workload as WorkloadInput);
  expect(RecommendationSchema.safeParse(answer).success).toBe(true);
  const named = servicesNamed(answer);
  for (const service of FORBIDDEN) expect(named, service).not.toContain(service);
}

describe('a service forbidden for every job', () => {
  it('never appears in the answer to any scenario file', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(46);
    for (const { scenario } of scenarios) expectNoneForbidden(banning, scenario.workload);
  });

  it('never appears in the answer to any generated workload', () => {
    fc.assert(fc.property(workloadArbitrary, (workload) => expectNoneForbidden(banning, workload)), { seed: 20261201, numRuns: 300 });
  });

  it('is rejected with the organisation\'s reason wherever the built-in rules would have recommended it', () => {
    const builtIn = createAdvisor();
    for (const { scenario } of scenarios) {
      const before = builtIn.recommend(scenario.workload as WorkloadInput).recommendations.filter((item) => FORBIDDEN.includes(item.service));
      const rejected = banning.recommend(scenario.workload as WorkloadInput).rejected;
      for (const item of before) {
        expect(rejected, `${scenario.name}: ${item.service}`).toContainEqual(expect.objectContaining({ service: item.service, role: item.role, rules: expect.arrayContaining(['acme:bans']) }));
      }
    }
  });
});

describe('the example organisation over every scenario file', () => {
  const acme = createAdvisor({ dirs: [COMPANY_RULES] });

  it('never recommends SSE-S3, which it forbids for every job', () => {
    for (const { scenario } of scenarios) expect(servicesNamed(acme.recommend(scenario.workload as WorkloadInput)), scenario.name).not.toContain('s3-sse-s3');
  });

  it('puts Kinesis Data Streams on no record stream\'s path: only video keeps it, as Rekognition writes there', () => {
    for (const { scenario } of scenarios) {
      const answer = acme.recommend(scenario.workload as WorkloadInput);
      for (const flow of answer.flows) {
        const record = flow.arrival === 'stream' && flow.source !== 'video-cameras';
        if (record) expect(flow.services, `${scenario.name}: ${flow.source}`).not.toContain('kinesis-data-streams');
      }
    }
  });
});
