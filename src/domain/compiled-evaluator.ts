import type { LoadedRule, RuleSet } from './load-rules.js';
import { compileOperator } from './rule-operators.js';
import type { Condition, TopLevelCondition } from './rule-schema.js';
import { readPath } from './workload-fields.js';

type Predicate = (facts: object) => boolean;

/** Evaluates every rule against a workload and returns the rules that fire, in rule-set order. */
export type RuleEvaluator = (workload: object) => LoadedRule[];

/**
 * Compiles a rule set's conditions once into plain closures. It gives the
 * same answers as json-rules-engine (the reference evaluator; a differential
 * test holds them equal) without the library's per-run cloning, promises and
 * JSONPath, which is what makes a recommendation take microseconds.
 *
 * @example
 * const evaluate = compileRuleSet(loadRules());
 * evaluate({ ingestion: { mode: 'streaming' } }).map((rule) => rule.id);
 */
export function compileRuleSet(ruleSet: RuleSet): RuleEvaluator {
  const named = new Map<string, Predicate>();
  const compileNamed = (name: string): Predicate => {
    const cached = named.get(name);
    if (cached) return cached;
    // A placeholder breaks reference cycles; the loader already refuses them.
    let compiled: Predicate = () => false;
    named.set(name, (facts) => compiled(facts));
    compiled = compileCondition(ruleSet.conditions[name], compileNamed);
    named.set(name, compiled);
    return compiled;
  };
  const compiled = ruleSet.rules.map((rule) => ({ rule, test: compileCondition(rule.conditions, compileNamed) }));
  return (workload) => {
    const fired: LoadedRule[] = [];
    for (const { rule, test } of compiled) if (test(workload)) fired.push(rule);
    return fired;
  };
}

function compileCondition(condition: Condition | TopLevelCondition, named: (name: string) => Predicate): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, named));
    return (facts) => parts.every((part) => part(facts));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, named));
    return (facts) => parts.some((part) => part(facts));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, named);
    return (facts) => !inner(facts);
  }
  if ('condition' in condition) return named(condition.condition);
  const { fact, path, value } = condition;
  const operator = compileOperator(condition.operator);
  // json-rules-engine applies a path only to object facts; a primitive fact is compared as is.
  return (facts) => {
    let factValue = Object.hasOwn(facts, fact) ? (facts as Record<string, unknown>)[fact] : undefined;
    if (path && factValue !== null && typeof factValue === 'object') factValue = readPath(factValue, path);
    return operator(factValue, value);
  };
}
