import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../src/domain/advisor.js';
import type { Recommendation } from '../src/domain/answer/schema.js';

interface Scenario {
  name: string;
  card: string;
  workload: unknown;
  expect: {
    include: string[];
    exclude: string[];
    warnings?: string[];
    noWarnings?: string[];
    pipelineOrder?: string[];
    configuration?: Record<string, Record<string, { min?: number; max?: number }>>;
    missingAtLeast?: number;
    missing?: string[];
    notMissing?: string[];
    rejected?: Array<{ service: string; role: string }>;
    notRejected?: Array<{ service: string; role: string }>;
    flows?: Array<{ source: string; arrival?: string; includes?: string[] }>;
    confidence?: Record<string, string>;
  };
}

const dir = new URL('./scenarios/', import.meta.url);
const scenarios: Scenario[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
const advisor = createAdvisor();

function checkPipelineOrder(answer: Recommendation, order: string[]) {
  const stageOf = (id: string) => answer.pipeline.findIndex((stage) => stage.services.includes(id as never));
  const positions = order.map(stageOf);
  expect(positions.every((p) => p >= 0), `all of ${order.join(', ')} in the pipeline`).toBe(true);
  for (let i = 1; i < positions.length; i++) expect(positions[i], `${order[i]} after ${order[i - 1]}`).toBeGreaterThanOrEqual(positions[i - 1]);
}

function checkConfiguration(answer: Recommendation, expected: NonNullable<Scenario['expect']['configuration']>) {
  for (const [service, bounds] of Object.entries(expected)) {
    const configuration = answer.recommendations.find((r) => r.service === service)?.configuration ?? {};
    for (const [key, { min, max }] of Object.entries(bounds)) {
      const value = configuration[key];
      expect(typeof value, `${service}.${key} is a number`).toBe('number');
      if (min !== undefined) expect(value).toBeGreaterThanOrEqual(min);
      if (max !== undefined) expect(value).toBeLessThanOrEqual(max);
    }
  }
}

function checkJobsAndFlows(answer: Recommendation, expected: Scenario['expect']) {
  const rejectedFor = (service: string, role: string) => answer.rejected.some((r) => r.service === service && r.role === role);
  for (const { service, role } of expected.rejected ?? []) expect(rejectedFor(service, role), `${service} rejected for ${role}`).toBe(true);
  for (const { service, role } of expected.notRejected ?? []) expect(rejectedFor(service, role), `${service} not rejected for ${role}`).toBe(false);
  for (const flow of expected.flows ?? []) {
    const found = answer.flows.find((f) => f.source === flow.source);
    expect(found, `a path for ${flow.source}`).toBeDefined();
    if (flow.arrival) expect(found?.arrival, `${flow.source} arrives as`).toBe(flow.arrival);
    for (const id of flow.includes ?? []) expect(found?.services, `${flow.source}'s path`).toContain(id);
  }
  for (const [service, confidence] of Object.entries(expected.confidence ?? {})) {
    expect(answer.recommendations.find((r) => r.service === service)?.confidence, `${service} confidence`).toBe(confidence);
  }
}

describe('every scenario file is answered as its expectations say', () => {
  it('finds the scenario files', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(46);
  });

  for (const scenario of scenarios) {
    it(`${scenario.name} (${scenario.card})`, () => {
      const answer = advisor.recommend(scenario.workload);
      const { expect: expected } = scenario;
      const services = answer.recommendations.map((r) => r.service);
      for (const id of expected.include) expect(services, `includes ${id}`).toContain(id);
      for (const id of expected.exclude) expect(services, `excludes ${id}`).not.toContain(id);
      const codes = answer.warnings.map((w) => w.code);
      for (const code of expected.warnings ?? []) expect(codes, `warns ${code}`).toContain(code);
      for (const code of expected.noWarnings ?? []) expect(codes, `does not warn ${code}`).not.toContain(code);
      if (expected.pipelineOrder) checkPipelineOrder(answer, expected.pipelineOrder);
      checkConfiguration(answer, expected.configuration ?? {});
      const asked = answer.missing.map((m) => m.field);
      if (expected.missingAtLeast !== undefined) expect(asked.length).toBeGreaterThanOrEqual(expected.missingAtLeast);
      for (const field of expected.missing ?? []) expect(asked, `asks ${field}`).toContain(field);
      for (const field of expected.notMissing ?? []) expect(asked, `does not ask ${field}`).not.toContain(field);
      checkJobsAndFlows(answer, expected);
    });
  }
});
