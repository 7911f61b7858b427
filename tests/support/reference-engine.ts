import { Engine } from 'json-rules-engine';
import { type LoadedRule, type RuleSet, toEngineRule } from '../../src/domain/rules/load.js';
import { CUSTOM_OPERATORS } from '../../src/domain/rules/operators.js';
import { readPath } from '../../src/domain/workload/fields.js';

/** Same contract as the compiled evaluator, but asynchronous. */
export type AsyncRuleEvaluator = (workload: object) => Promise<LoadedRule[]>;

/**
 * Evaluates a rule set with json-rules-engine itself, the reference the
 * compiled evaluator is tested and benchmarked against. An `Engine` keeps
 * state while it runs, so each run gets its own. The path resolver reads own
 * properties only: no JSONPath at run time, no way to reach a prototype.
 *
 * @example
 * const evaluate = createReferenceEvaluator(loadRules());
 * (await evaluate({ latency: 'real-time' })).map((rule) => rule.id);
 */
export function createReferenceEvaluator(ruleSet: RuleSet): AsyncRuleEvaluator {
  const engineRules = ruleSet.rules.map(toEngineRule);
  const order = new Map(ruleSet.rules.map((rule, index) => [rule.id, index]));
  return async (workload) => {
    const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: readPath });
    for (const [name, fn] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, fn);
    for (const [name, condition] of Object.entries(ruleSet.conditions)) engine.setCondition(name, condition as never);
    for (const rule of engineRules) engine.addRule(rule);
    const { events } = await engine.run({ ...workload });
    return events
      .map((event) => ruleSet.byId.get((event.params as { ruleId: string }).ruleId) as LoadedRule)
      .sort((a, b) => (order.get(a.id) as number) - (order.get(b.id) as number));
  };
}
