import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor, parseWorkload } from '../../src/domain/advisor.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import { loadRules } from '../../src/domain/rules/load.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';

const ruleSet = loadRules();
/** An advisor that remembers outlines across calls, and one answer worked out afresh. */
// Outlines are what is remembered here; counterfactuals have their own cache and tests.
const remembering = createAdvisor({ ruleSet, whatWouldChange: false });
const fresh = (workload: Workload) => createAdvisor({ ruleSet, whatWouldChange: false }).recommendValidated(workload);

/** The same workload with other figures and another name (where the schema allows them): mostly the same rules fire. */
function refigured(workload: Workload, factor: number): Workload {
  const copy = structuredClone(workload) as Record<string, unknown>;
  copy.name = `refigured-${factor}`;
  for (const group of Object.values(copy)) {
    if (!group || typeof group !== 'object' || Array.isArray(group)) continue;
    const fields = group as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'number') fields[key] = Number.isInteger(value) ? Math.max(1, Math.round(value * factor)) : value * factor;
    }
  }
  try {
    return parseWorkload(copy);
  } catch {
    return { ...workload, name: copy.name as string };
  }
}

describe('answer outlines', () => {
  it('give the same answer from a remembered outline as from one worked out afresh', () => {
    fc.assert(
      fc.property(workloadArbitrary, fc.double({ min: 0.5, max: 3, noNaN: true }), (input, factor) => {
        const first = parseWorkload(input);
        const second = refigured(first, factor);
        for (const workload of [first, second, first]) {
          expect(JSON.stringify(remembering.recommendValidated(workload))).toBe(JSON.stringify(fresh(workload)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keep every answer separate: changing one answer changes no later answer', () => {
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        const workload = parseWorkload(input);
        const answer = remembering.recommendValidated(workload);
        const before = JSON.stringify(answer);
        vandalize(answer);
        expect(JSON.stringify(remembering.recommendValidated(workload))).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});

/** Pushes into, and renames in, every array and object of an answer. */
function vandalize(answer: Recommendation) {
  for (const item of answer.recommendations) {
    item.rules.push('vandal');
    item.cards.push('vandal');
    item.rationale.push('vandal');
    item.alternatives.push({ service: 's3', whyNot: 'vandal' });
    item.configuration.vandal = 'vandal';
    item.name = 'vandal';
  }
  for (const stage of answer.pipeline) stage.services.push('s3');
  answer.pipeline.push({ stage: 'store', services: ['s3'] });
  for (const warning of answer.warnings) warning.rules.push('vandal');
  for (const item of answer.rejected) item.rules.push('vandal');
  for (const flow of answer.flows) flow.services.push('s3');
  answer.missing.push({ field: 'vandal', why: 'vandal' });
}
