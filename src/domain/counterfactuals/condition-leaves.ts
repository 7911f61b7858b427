import { compileOperator, type OperatorFn } from '../rules/operators.js';
import type { Condition, FactCondition, TopLevelCondition } from '../rules/schema.js';
import { visitLeaves } from '../rules/fields.js';
import { readPath } from '../workload/fields.js';

type Named = Readonly<Record<string, TopLevelCondition>>;

/** A leaf condition with its dotted path and its operator compiled once. */
export interface Leaf {
  path: string;
  condition: FactCondition;
  test: OperatorFn;
}

const compiled = new WeakMap<FactCondition, Leaf>();

/**
 * A fact condition as a leaf, compiled once per condition object.
 *
 * @example
 * leafOf({ fact: 'ingestion', path: 'consumers', operator: 'greaterThan', value: 1 }).path; // 'ingestion.consumers'
 */
export function leafOf(condition: FactCondition): Leaf {
  let leaf = compiled.get(condition);
  if (!leaf) {
    leaf = { path: condition.path ? `${condition.fact}.${condition.path}` : condition.fact, condition, test: compileOperator(condition.operator) };
    compiled.set(condition, leaf);
  }
  return leaf;
}

/**
 * Does a leaf hold for the facts of one evaluation, read as the compiled
 * evaluator reads them (own properties, a path only into an object)?
 *
 * @example
 * leafHolds(leafOf({ fact: 'latency', operator: 'equal', value: 'batch' }), { latency: 'batch' }); // true
 */
export function leafHolds(leaf: Leaf, facts: Record<string, unknown>): boolean {
  const { fact, path, value } = leaf.condition;
  let current: unknown = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
  if (path && current !== null && typeof current === 'object') current = readPath(current, path);
  return leaf.test(current, value);
}

/**
 * Every leaf a condition reads, named conditions followed once each.
 *
 * @example
 * conditionLeaves({ all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] }, {}).map((leaf) => leaf.path); // ['latency']
 */
export function conditionLeaves(condition: Condition | TopLevelCondition, named: Named): Leaf[] {
  const leaves: Leaf[] = [];
  visitLeaves(condition, named, (leaf) => leaves.push(leafOf(leaf)));
  return leaves;
}

/** A leaf whose truth must change, and the truth it must take. */
export interface LeafFlip {
  leaf: Leaf;
  wanted: boolean;
}

/**
 * The fewest leaves whose truth must change for a condition to take the
 * truth `wanted` on these facts (greedy: the smallest choice under each
 * `any` and `all`), or undefined when no flip of leaves can do it.
 *
 * @example
 * flipsFor({ all: [{ fact: 'latency', operator: 'equal', value: 'batch' }] }, {}, { latency: 'real-time' }, true); // [{ leaf: latency equal batch, wanted: true }]
 */
export function flipsFor(condition: Condition | TopLevelCondition, named: Named, facts: Record<string, unknown>, wanted: boolean): LeafFlip[] | undefined {
  if ('not' in condition) return flipsFor(condition.not, named, facts, !wanted);
  if ('condition' in condition) {
    return Object.hasOwn(named, condition.condition) ? flipsFor(named[condition.condition], named, facts, wanted) : undefined;
  }
  if ('all' in condition || 'any' in condition) {
    const parts: readonly Condition[] = 'all' in condition ? condition.all : condition.any;
    // all → true and any → false need every part; all → false and any → true need one part.
    const every = 'all' in condition === wanted;
    const options = parts.map((part) => flipsFor(part, named, facts, wanted));
    if (every) return options.some((option) => option === undefined) ? undefined : options.flat() as LeafFlip[];
    const possible = options.filter((option): option is LeafFlip[] => option !== undefined);
    return possible.length === 0 ? undefined : possible.reduce((best, option) => (option.length < best.length ? option : best));
  }
  const leaf = leafOf(condition);
  return leafHolds(leaf, facts) === wanted ? [] : [{ leaf, wanted }];
}

/**
 * Does a condition hold on the facts of one evaluation (named conditions followed)?
 *
 * @example
 * conditionHolds({ not: { fact: 'latency', operator: 'equal', value: 'batch' } }, {}, { latency: 'real-time' }); // true
 */
export function conditionHolds(condition: Condition | TopLevelCondition, named: Named, facts: Record<string, unknown>): boolean {
  if ('all' in condition) return condition.all.every((part) => conditionHolds(part, named, facts));
  if ('any' in condition) return condition.any.some((part) => conditionHolds(part, named, facts));
  if ('not' in condition) return !conditionHolds(condition.not, named, facts);
  if ('condition' in condition) return Object.hasOwn(named, condition.condition) && conditionHolds(named[condition.condition], named, facts);
  return leafHolds(leafOf(condition), facts);
}

/**
 * Every leaf whose truth, changed alone, makes a condition take the truth
 * `wanted` on these facts: none when it already has it.
 *
 * @example
 * singleFlips({ all: [latency equal real-time, consumers greaterThan 1] }, {}, facts, false); // both leaves, each wanted false
 */
export function singleFlips(condition: Condition | TopLevelCondition, named: Named, facts: Record<string, unknown>, wanted: boolean): LeafFlip[] {
  if (conditionHolds(condition, named, facts) === wanted) return [];
  if ('not' in condition) return singleFlips(condition.not, named, facts, !wanted);
  if ('condition' in condition) return Object.hasOwn(named, condition.condition) ? singleFlips(named[condition.condition], named, facts, wanted) : [];
  if ('all' in condition || 'any' in condition) {
    const parts: readonly Condition[] = 'all' in condition ? condition.all : condition.any;
    // Breaking an all, or making an any, takes any one part; the other way round only works when one part stands in the way.
    if ('all' in condition !== wanted) return parts.flatMap((part) => singleFlips(part, named, facts, wanted));
    const blocking = parts.filter((part) => conditionHolds(part, named, facts) !== wanted);
    return blocking.length === 1 ? singleFlips(blocking[0], named, facts, wanted) : [];
  }
  return [{ leaf: leafOf(condition), wanted }];
}

/**
 * The numbers each numeric field is compared with anywhere in a rule set,
 * and 0 (where flows read a rate as given): between two of them, every
 * condition reads a field alike.
 *
 * @example
 * numericThresholds([{ all: [{ fact: 'data', path: 'volumeTB', operator: 'greaterThanInclusive', value: 100 }] }], {}).get('data.volumeTB'); // [0, 100]
 */
export function numericThresholds(conditions: ReadonlyArray<Condition | TopLevelCondition>, named: Named): ReadonlyMap<string, readonly number[]> {
  const found = new Map<string, Set<number>>();
  const leaves = [...conditions, ...Object.values(named)].flatMap((condition) => conditionLeaves(condition, {}));
  for (const { path, condition } of leaves) {
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    for (const value of values) {
      if (typeof value !== 'number') continue;
      let set = found.get(path);
      if (!set) found.set(path, (set = new Set([0])));
      set.add(value);
    }
  }
  return new Map([...found].map(([path, set]) => [path, [...set].sort((a, b) => a - b)]));
}
