import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRuleSet, type RulePlan } from '../../src/domain/answer/plan.js';
import { assembleRecommendation, createAssembler, createOutlineCache, fillOutline } from '../../src/domain/answer/outline.js';
import { compileRuleSet } from '../../src/domain/rules/evaluate.js';
import { loadRules } from '../../src/domain/rules/load.js';
import type { Recommendation } from '../../src/domain/answer/schema.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import { parseWorkload } from '../../src/domain/advisor.js';

const ruleSet = loadRules();
const evaluate = compileRuleSet(ruleSet);
const plans = planRuleSet(ruleSet);
const fired = (workload: Workload): RulePlan[] => evaluate(workload).map((rule) => plans.get(rule) as RulePlan);

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

/** Names with anything JSON must escape: quotes, backslashes, control characters, unpaired surrogates. */
const anyName = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 12 }),
  fc.constantFrom('"quoted"', 'back\\slash', 'line\nbreak', '\u2028\u2029', '\ud800 alone', 'pair \ud83d\ude00', '\u007f\u0000'),
);

describe('answer outlines', () => {
  it('give the same answer from a remembered outline as from one worked out afresh', () => {
    const assemble = createAssembler();
    fc.assert(
      fc.property(workloadArbitrary, fc.double({ min: 0.5, max: 3, noNaN: true }), (input, factor) => {
        const first = parseWorkload(input);
        const second = refigured(first, factor);
        for (const workload of [first, second, first]) {
          const remembered = assemble(workload, fired(workload), ruleSet.version);
          expect(JSON.stringify(remembered)).toBe(JSON.stringify(assembleRecommendation(workload, fired(workload), ruleSet.version)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep every answer separate: changing one answer changes no later answer', () => {
    const assemble = createAssembler();
    fc.assert(
      fc.property(workloadArbitrary, (input) => {
        const workload = parseWorkload(input);
        const answer = assemble(workload, fired(workload), ruleSet.version);
        const before = JSON.stringify(answer);
        vandalize(answer);
        expect(JSON.stringify(assemble(workload, fired(workload), ruleSet.version))).toBe(before);
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
  answer.missing.push({ field: 'vandal', why: 'vandal' });
}
