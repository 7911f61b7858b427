import type { LoadedRule, RuleSet } from './load.js';
import { compileOperator } from './operators.js';
import type { Condition, TopLevelCondition } from './schema.js';
import { readPath } from '../workload/fields.js';

/** Per-evaluation state: the workload, and the results of named conditions computed so far. */
interface Run {
  facts: Record<string, unknown>;
  /** Index by named condition: undefined = not yet computed. */
  named: Array<boolean | undefined>;
}

type Predicate = (run: Run) => boolean;

/** Evaluates every rule against a workload and returns the rules that fire, in rule-set order. */
export type RuleEvaluator = (workload: object) => LoadedRule[];

/**
 * Compiles a rule set's conditions once into one closure per condition.
 * Named conditions, which many rules share, are computed at most once per
 * run. The answers are json-rules-engine's (the reference evaluator; a
 * differential test holds them equal) without the library's per-run cloning,
 * promises and JSONPath, which is what makes a recommendation take microseconds.
 *
 * @example
 * const evaluate = compileRuleSet(loadRules());
 * evaluate({ ingestion: { mode: 'streaming' } }).map((rule) => rule.id);
 */
export function compileRuleSet(ruleSet: Pick<RuleSet, 'rules' | 'conditions'>): RuleEvaluator {
  const names = Object.keys(ruleSet.conditions);
  const index = new Map(names.map((name, i) => [name, i]));
  const bodies: Predicate[] = [];
  const reference = (name: string): Predicate => {
    const slot = index.get(name);
    if (slot === undefined) throw new Error(`unknown named condition "${name}"`);
    return (run) => {
      const known = run.named[slot];
      if (known !== undefined) return known;
      const value = bodies[slot](run);
      run.named[slot] = value;
      return value;
    };
  };
  names.forEach((name, slot) => {
    bodies[slot] = compileCondition(ruleSet.conditions[name], reference);
  });
  const compiled = ruleSet.rules.map((rule) => ({ rule, test: compileCondition(rule.conditions, reference) }));
  return (workload) => {
    const run: Run = { facts: workload as Record<string, unknown>, named: new Array(names.length) };
    const fired: LoadedRule[] = [];
    for (const { rule, test } of compiled) if (test(run)) fired.push(rule);
    return fired;
  };
}

function compileCondition(condition: Condition | TopLevelCondition, reference: (name: string) => Predicate): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, reference));
    return (run) => {
      for (const part of parts) if (!part(run)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, reference));
    return (run) => {
      for (const part of parts) if (part(run)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, reference);
    return (run) => !inner(run);
  }
  if ('condition' in condition) return reference(condition.condition);
  const { fact, value } = condition;
  const keys = condition.path ? condition.path.split('.') : [];
  const operator = compileOperator(condition.operator);
  // Own properties only, like the reference path resolver; json-rules-engine
  // applies a path only to an object fact and compares a primitive fact as is.
  return (run) => {
    let current: unknown = Object.hasOwn(run.facts, fact) ? run.facts[fact] : undefined;
    if (keys.length > 0 && current !== null && typeof current === 'object') current = readPath(current, keys);
    return operator(current, value);
  };
}
