import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../src/domain/advisor.js';

interface Scenario {
  name: string;
  card: string;
  workload: unknown;
  expect: {
    include: string[];
    exclude: string[];
    warnings?: string[];
    pipelineOrder?: string[];
    configuration?: Record<string, Record<string, { min?: number; max?: number }>>;
    missingAtLeast?: number;
  };
}

const dir = new URL('./scenarios/', import.meta.url);
const scenarios: Scenario[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
const advisor = createAdvisor();

describe('every scenario file is answered as its expectations say', () => {
  it('finds the scenario files', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
  });

  for (const scenario of scenarios) {
    it(`${scenario.name} (${scenario.card})`, () => {
      const answer = advisor.recommend(scenario.workload);
      const services = answer.recommendations.map((r) => r.service);
      for (const id of scenario.expect.include) expect(services, `includes ${id}`).toContain(id);
      for (const id of scenario.expect.exclude) expect(services, `excludes ${id}`).not.toContain(id);
      const codes = answer.warnings.map((w) => w.code);
      for (const code of scenario.expect.warnings ?? []) expect(codes, `warns ${code}`).toContain(code);
      if (scenario.expect.pipelineOrder) {
        const stageOf = (id: string) => answer.pipeline.findIndex((stage) => stage.services.includes(id as never));
        const positions = scenario.expect.pipelineOrder.map(stageOf);
        expect(positions.every((p) => p >= 0), `all of ${scenario.expect.pipelineOrder.join(', ')} in the pipeline`).toBe(true);
        for (let i = 1; i < positions.length; i++) {
          expect(positions[i], `${scenario.expect.pipelineOrder[i]} after ${scenario.expect.pipelineOrder[i - 1]}`).toBeGreaterThanOrEqual(positions[i - 1]);
        }
      }
      for (const [service, bounds] of Object.entries(scenario.expect.configuration ?? {})) {
        const configuration = answer.recommendations.find((r) => r.service === service)?.configuration ?? {};
        for (const [key, { min, max }] of Object.entries(bounds)) {
          const value = configuration[key];
          expect(typeof value, `${service}.${key} is a number`).toBe('number');
          if (min !== undefined) expect(value).toBeGreaterThanOrEqual(min);
          if (max !== undefined) expect(value).toBeLessThanOrEqual(max);
        }
      }
      if (scenario.expect.missingAtLeast !== undefined) {
        expect(answer.missing.length).toBeGreaterThanOrEqual(scenario.expect.missingAtLeast);
      }
    });
  }
});
