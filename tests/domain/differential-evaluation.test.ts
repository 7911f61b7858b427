import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdvisor, parseWorkload, ruleFacts } from '../../src/domain/advisor.js';
import { evaluationFacts, readFacts } from '../../src/domain/facts/read-facts.js';
import { compileRuleSet } from '../../src/domain/rules/evaluate.js';
import { loadRules } from '../../src/domain/rules/load.js';
import { compileOperator } from '../../src/domain/rules/operators.js';
import { createReferenceEvaluator } from '../support/reference-engine.js';
import { workloadArbitrary } from '../support/workload-arbitrary.js';
import { Engine } from 'json-rules-engine';

const ruleSet = loadRules();
const compiled = compileRuleSet(ruleSet);
const reference = createReferenceEvaluator(ruleSet);

describe('the compiled evaluators agree with json-rules-engine', () => {
  it('fires exactly the same rules on random workloads, flow by flow', async () => {
    await fc.assert(
      fc.asyncProperty(workloadArbitrary, async (input) => {
        const workload = parseWorkload(input);
        const facts = readFacts(workload);
        for (const flow of facts.flows) {
          const seen = evaluationFacts(workload, facts, flow);
          expect(compiled(seen).map((rule) => rule.id)).toEqual((await reference(seen)).map((rule) => rule.id));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('evaluates every operator inline exactly as json-rules-engine does, on odd values too', async () => {
    const names = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'present', 'lengthAtLeast', 'not:someFact:in'];
    const odd = fc.oneof(
      fc.constant(undefined), fc.constant(null), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: -3, max: 3 }),
      fc.constantFrom('a', '2', '2abc', ' 1', ''), fc.array(fc.constantFrom('a', 'b', 1), { maxLength: 3 }), fc.constant({ nested: 1 }),
    );
    const jsonValues = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', true), fc.array(fc.constantFrom('a', 'b', 1), { minLength: 1, maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.boolean(), odd, jsonValues, async (operator, withPath, factValue, value) => {
        const condition = withPath ? { fact: 'x', path: 'y', operator, value } : { fact: 'x', operator, value };
        const single = { ...ruleSet, rules: [{ ...ruleSet.rules[0], conditions: { all: [condition] } }], conditions: {} } as typeof ruleSet;
        const facts = factValue === undefined ? {} : withPath ? { x: { y: factValue } } : { x: factValue };
        const expected = (await createReferenceEvaluator(single)(facts).catch(() => [])).length;
        let actual: number;
        try {
          actual = compileRuleSet(single)(facts).length;
        } catch {
          actual = 0;
        }
        expect(actual).toBe(expected);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  /** The advisor's answers equal those assembled from json-rules-engine's own events, for random workloads. */
  async function sameWholeAnswers(rules: typeof ruleSet, numRuns: number) {
    const advisor = createAdvisor({ ruleSet: rules });
    const engine = createReferenceEvaluator(rules);
    await fc.assert(
      fc.asyncProperty(workloadArbitrary, async (input) => {
        const workload = parseWorkload(input);
        const firedPerFlow = await Promise.all(ruleFacts(workload).map((facts) => engine(facts)));
        expect(JSON.stringify(advisor.recommend(workload))).toBe(JSON.stringify(advisor.answerFired(workload, firedPerFlow)));
      }),
      { numRuns },
    );
  }

  it('gives the same whole answer as the reference engine on random workloads', () => sameWholeAnswers(ruleSet, 150), 60_000);

  it("gives the same whole answer with an organisation's services and policies loaded (examples/company-rules)", () =>
    sameWholeAnswers(loadRules({ dirs: [fileURLToPath(new URL('../../examples/company-rules/', import.meta.url))] }), 100), 60_000);

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

describe('the reference evaluator', () => {
  it('gives every concurrent run its own answer (one json-rules-engine Engine per run)', async () => {
    const workloads = Array.from({ length: 40 }, (_, i) => fc.sample(workloadArbitrary, { numRuns: 1, seed: i })[0]);
    const sequential: string[][] = [];
    for (const workload of workloads) sequential.push((await reference(workload)).map((rule) => rule.id));
    const concurrent = await Promise.all(workloads.map(async (workload) => (await reference(workload)).map((rule) => rule.id)));
    expect(concurrent).toEqual(sequential);
  });
});
