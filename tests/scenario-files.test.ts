import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../src/domain/advisor.js';
import { readScenarios } from '../src/domain/scenarios/scenario.js';
import { runScenario } from '../src/domain/scenarios/scenario-check.js';

// The same reader and checker as `aws-data-advisor rules test`: a failure lists each expectation with what the answer gave.
const scenarios = readScenarios(fileURLToPath(new URL('./scenarios/', import.meta.url)));
const advisor = createAdvisor();

describe('every scenario file is answered as its expectations say', () => {
  it('finds the scenario files', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(46);
  });

  for (const entry of scenarios) {
    it(`${entry.scenario.name} (${entry.scenario.card})`, () => {
      expect(runScenario(advisor, entry).failures).toEqual([]);
    });
  }
});
