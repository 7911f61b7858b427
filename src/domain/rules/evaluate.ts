import type { LoadedRule, RuleSet } from './load.js';
import { compileOperator } from './operators.js';
import type { Condition, TopLevelCondition } from './schema.js';
import { readPath } from '../workload/fields.js';

/** Per-evaluation state: the workload, the results of named conditions and the fact values read so far. */
interface Run {
  facts: Record<string, unknown>;
  /** Index by named condition: undefined = not yet computed. */
  named: Array<boolean | undefined>;
  /** Index by fact and path read ({@link FactSlots}): {@link UNREAD} until a leaf first reads it. */
  values: unknown[];
}

/** A fact value not read yet in this run (undefined is a value: the fact is absent). */
const UNREAD = Symbol('unread');

/** One slot per distinct fact and path the rules read: leaves reading the same field share its value within a run. */
type FactSlots = Map<string, number>;

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
  const slots: FactSlots = new Map();
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
    bodies[slot] = compileCondition(ruleSet.conditions[name], reference, slots);
  });
  const compiled = ruleSet.rules.map((rule) => ({ rule, test: compileCondition(rule.conditions, reference, slots) }));
  return (workload) => {
    const run: Run = { facts: workload as Record<string, unknown>, named: new Array(names.length), values: new Array(slots.size).fill(UNREAD) };
    const fired: LoadedRule[] = [];
    for (const { rule, test } of compiled) if (test(run)) fired.push(rule);
    return fired;
  };
}

function compileCondition(condition: Condition | TopLevelCondition, reference: (name: string) => Predicate, slots: FactSlots): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, reference, slots));
    return (run) => {
      for (const part of parts) if (!part(run)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, reference, slots));
    return (run) => {
      for (const part of parts) if (part(run)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, reference, slots);
    return (run) => !inner(run);
  }
  if ('condition' in condition) return reference(condition.condition);
  const { fact, value } = condition;
  const keys = condition.path ? condition.path.split('.') : [];
  const operator = compileOperator(condition.operator);
  const key = `${fact}\u0000${condition.path ?? ''}`;
  const slot = slots.get(key) ?? slots.set(key, slots.size).size - 1;
  return (run) => {
    let current = run.values[slot];
    if (current === UNREAD) current = run.values[slot] = readFact(run.facts, fact, keys);
    return operator(current, value);
  };
}

/**
 * A fact's value at a path. Own properties only, like the reference path resolver; json-rules-engine
 * applies a path only to an object fact and compares a primitive fact as is.
 */
function readFact(facts: Record<string, unknown>, fact: string, keys: readonly string[]): unknown {
  const current: unknown = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
  return keys.length > 0 && current !== null && typeof current === 'object' ? readPath(current, keys) : current;
}
