import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/domain/advisor.js';
import { compileRuleSet } from '../../src/domain/compiled-evaluator.js';
import { loadRules } from '../../src/domain/load-rules.js';
import { compileOperator } from '../../src/domain/rule-operators.js';
import { createReferenceEvaluator } from '../../src/domain/reference-evaluator.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import { Engine } from 'json-rules-engine';

const ruleSet = loadRules();
const compiled = compileRuleSet(ruleSet);
const reference = createReferenceEvaluator(ruleSet);

describe('the compiled evaluator agrees with json-rules-engine', () => {
  it('fires exactly the same rules on random workloads', async () => {
    await fc.assert(
      fc.asyncProperty(workloadArbitrary, async (workload) => {
        const fast = compiled(workload).map((rule) => rule.id);
        const slow = (await reference(workload)).map((rule) => rule.id);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('gives the same whole answer as the reference engine on random workloads', async () => {
    const advisor = createAdvisor({ ruleSet });
    await fc.assert(
      fc.asyncProperty(workloadArbitrary, async (workload) => {
        expect(JSON.stringify(advisor.recommend(workload))).toBe(JSON.stringify(await advisor.recommendWithReferenceEngine(workload)));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('evaluates every operator and decorator like json-rules-engine, absent values included', async () => {
    const names = [
      'equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan',
      'greaterThanInclusive', 'someFact:in', 'everyFact:in', 'not:someFact:in', 'not:contains', 'someValue:equal', 'everyValue:notEqual', 'swap:contains',
    ];
    const values = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', '1'), fc.array(fc.constantFrom('a', 'b', 1), { maxLength: 3 }));
    const jsonValues = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b'), fc.array(fc.constantFrom('a', 'b', 1), { minLength: 1, maxLength: 3 }));
    const engine = new Engine([], { allowUndefinedFacts: true });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), values, jsonValues, async (operator, factValue, value) => {
        const rule = { name: 'probe', conditions: { all: [{ fact: 'x', operator, value }] }, event: { type: 'hit' } };
        engine.addRule(rule);
        let expected: boolean;
        try {
          expected = (await engine.run(factValue === undefined ? {} : { x: factValue })).events.length === 1;
        } catch {
          expected = false;
        } finally {
          engine.removeRule('probe');
        }
        let actual: boolean;
        try {
          actual = compileOperator(operator)(factValue, value);
        } catch {
          actual = false;
        }
        expect(actual).toBe(expected);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
