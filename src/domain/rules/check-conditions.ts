import { DERIVED_FIELDS } from '../facts/read-facts.js';
import { WORKLOAD_FIELDS, type WorkloadField } from '../workload/fields.js';
import { parseOperator } from './operators.js';
import type { Condition, TopLevelCondition } from './schema.js';

/** A workload field, or a derived fact (`flow.*`, `reading.*`) a condition may read. */
const factField = (path: string) => WORKLOAD_FIELDS.get(path) ?? DERIVED_FIELDS.get(path);

/**
 * How many named conditions one reference may chain through (a rule's own
 * conditions count as none): the built-in rules chain 3, and every evaluator
 * (ours, json-rules-engine) recurses once per link.
 */
export const MAX_NAMED_CONDITION_DEPTH = 16;

/** The length of the longest chain of references from each named condition, by the conditions object it was worked out for. */
const HEIGHTS = new WeakMap<object, ReadonlyMap<string, number>>();

/** The named conditions a condition tree refers to directly. */
function references(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(references);
  if ('any' in condition) return condition.any.flatMap(references);
  if ('not' in condition) return references(condition.not);
  if ('condition' in condition) return [condition.condition];
  return [];
}

/**
 * For every named condition, the number of names on the longest chain of
 * references that starts at it (itself included). Walked with a stack of
 * its own, not recursion, so no chain in a file can overflow the checker;
 * a reference back into the chain (a loop) or to an unknown name adds
 * nothing here (other checks report those).
 */
function chainHeights(named: Readonly<Record<string, TopLevelCondition>>): ReadonlyMap<string, number> {
  const cached = HEIGHTS.get(named);
  if (cached) return cached;
  const heights = new Map<string, number>();
  const onPath = new Set<string>();
  for (const root of Object.keys(named)) {
    if (heights.has(root)) continue;
    const stack: Array<{ name: string; next: string[] }> = [{ name: root, next: references(named[root]) }];
    onPath.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const reference = top.next.pop();
      if (reference === undefined) {
        const below = references(named[top.name]).map((name) => (onPath.has(name) && name !== top.name ? 0 : (heights.get(name) ?? 0)));
        heights.set(top.name, 1 + Math.max(0, ...below));
        onPath.delete(top.name);
        stack.pop();
      } else if (Object.hasOwn(named, reference) && !heights.has(reference) && !onPath.has(reference)) {
        onPath.add(reference);
        stack.push({ name: reference, next: references(named[reference]) });
      }
    }
  }
  HEIGHTS.set(named, heights);
  return heights;
}

/**
 * Refuses a named condition whose chain of references is longer than
 * {@link MAX_NAMED_CONDITION_DEPTH}, naming the start of the chain; the same
 * answer whatever order the files declare the names in.
 *
 * @example
 * checkChainDepth('c0', conditions); // 'named conditions chain 12 deep (c0 → c1 → c2 → …), more than 16: flatten the chain'
 */
export function checkChainDepth(name: string, named: Readonly<Record<string, TopLevelCondition>>): string | undefined {
  const heights = chainHeights(named);
  const height = heights.get(name) ?? 0;
  if (height <= MAX_NAMED_CONDITION_DEPTH) return undefined;
  const chain = [name];
  for (let current = name; chain.length < 3; ) {
    const next = references(named[current]).find((reference) => heights.get(reference) === (heights.get(current) ?? 0) - 1);
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return `named conditions chain ${height} deep (${chain.join(' → ')} → …), more than ${MAX_NAMED_CONDITION_DEPTH}: flatten the chain`;
}

/** The names a too-deep named condition refers to, by the conditions object they were worked out for. */
const BELOW_DEEP = new WeakMap<object, ReadonlySet<string>>();

/**
 * True when `name` starts a chain too deep and a named condition that refers
 * to it does too: a long chain is reported once, at its start, not at each link.
 *
 * @example
 * insideDeepChain('c5', conditions); // true when c4 → c5 → … is too deep
 */
export function insideDeepChain(name: string, named: Readonly<Record<string, TopLevelCondition>>): boolean {
  let below = BELOW_DEEP.get(named);
  if (!below) {
    const heights = chainHeights(named);
    const found = new Set<string>();
    for (const [parent, height] of heights) if (height > MAX_NAMED_CONDITION_DEPTH) for (const child of references(named[parent])) if ((heights.get(child) ?? 0) > MAX_NAMED_CONDITION_DEPTH) found.add(child);
    BELOW_DEEP.set(named, found);
    below = found;
  }
  return below.has(name);
}

/**
 * Checks a condition tree. Each named condition is checked once, whatever
 * the number of references to it, so the cost stays linear in the size of
 * the files even when conditions refer to each other many times over; no
 * chain of references may be longer than {@link MAX_NAMED_CONDITION_DEPTH}.
 * Returns the first problem, or undefined when the tree is sound.
 *
 * @example
 * checkCondition({ fact: 'latency', operator: 'equal', value: 'soon' }, {}, new Map());
 * // 'latency: "soon" is not an allowed value (allowed: real-time, near-real-time, batch)'
 */
export function checkCondition(
  condition: Condition,
  named: Readonly<Record<string, TopLevelCondition>>,
  checked: Map<string, string | undefined>,
  visiting: Set<string> = new Set(),
): string | undefined {
  if ('all' in condition) return firstProblem(condition.all, (c) => checkCondition(c, named, checked, visiting));
  if ('any' in condition) return firstProblem(condition.any, (c) => checkCondition(c, named, checked, visiting));
  if ('not' in condition) return checkCondition(condition.not, named, checked, visiting);
  if ('condition' in condition) {
    const name = condition.condition;
    if (!Object.hasOwn(named, name)) return `unknown named condition "${name}"`;
    if (visiting.has(name)) return `named condition "${name}" refers to itself`;
    if (checked.has(name)) return checked.get(name);
    const tooDeep = checkChainDepth(name, named);
    if (tooDeep) {
      checked.set(name, tooDeep);
      return tooDeep;
    }
    visiting.add(name);
    const problem = checkCondition(named[name], named, checked, visiting);
    visiting.delete(name);
    checked.set(name, problem);
    return problem;
  }
  return checkFactCondition(condition);
}

/**
 * The first problem `check` finds among the items, or undefined.
 *
 * @example
 * firstProblem(['a', 'b'], (item) => (item === 'b' ? 'b is bad' : undefined)); // 'b is bad'
 */
export function firstProblem<T>(items: readonly T[], check: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * One side of a comparison as an operator sees it after its decorators: a
 * workload field (whose value may be absent), an item of a list field, or
 * the rule's own value.
 */
type Operand = { field: WorkloadField; item: boolean } | { literal: unknown };

const isList = (operand: Operand) => ('literal' in operand ? Array.isArray(operand.literal) : !operand.item && operand.field.kind === 'list');

/** Walks json-rules-engine's decorators (outermost first), as they hand the two sides on. */
function applyDecorators(decorators: readonly string[], fieldPath: string, start: [Operand, Operand]): [Operand, Operand] | string {
  let [fact, value] = start;
  for (const decorator of decorators) {
    if (decorator === 'swap') [fact, value] = [value, fact];
    else if (decorator === 'someFact' || decorator === 'everyFact') {
      if (!isList(fact)) return `${fieldPath}: "${decorator}" needs a list on the fact side`;
      fact = 'literal' in fact ? { literal: (fact.literal as unknown[])[0] } : { field: fact.field, item: true };
    } else if (decorator === 'someValue' || decorator === 'everyValue') {
      // The engine calls value.some() unguarded: anything but a list of the rule's own throws at every evaluation.
      if (!('literal' in value) || !Array.isArray(value.literal)) return `${fieldPath}: "${decorator}" needs a list value`;
      value = { literal: value.literal[0] };
    }
  }
  return [fact, value];
}

function checkFactCondition(condition: {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
}): string | undefined {
  const fieldPath = condition.path ? `${condition.fact}.${condition.path}` : condition.fact;
  const field = factField(fieldPath);
  if (!field) {
    if (!factField(condition.fact)) return `fact "${condition.fact}" is not a workload field, flow or reading`;
    return `path "${condition.path}" is not a field of "${condition.fact}"`;
  }
  const operator = parseOperator(condition.operator);
  if (!operator) return `${fieldPath}: unknown operator "${condition.operator}"`;
  const { base, decorators } = operator;
  const { value } = condition;
  if (base === 'present') {
    if (decorators.length > 0 || typeof value !== 'boolean') return `${fieldPath}: "present" takes true or false and no decorators`;
    return undefined;
  }
  if (field.kind === 'object') return `${fieldPath}: an object cannot be compared; name one of its fields in "path"`;
  const sides = applyDecorators(decorators, fieldPath, [{ field, item: false }, { literal: value }]);
  if (typeof sides === 'string') return sides;
  const [fact, compared] = sides;
  const problem = checkBaseOperands(base, fieldPath, fact, compared);
  if (problem) return problem;
  if (field.values) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string' || !field.values.includes(item)) {
        if (base === 'lengthAtLeast') continue;
        return `${fieldPath}: ${JSON.stringify(item)} is not an allowed value (allowed: ${field.values.join(', ')})`;
      }
    }
  }
  return undefined;
}

/** The kind of value an operand holds: an item of a list field holds its item kind. */
function kindOf(operand: Operand): string {
  if ('literal' in operand) return Array.isArray(operand.literal) ? 'list' : typeof operand.literal;
  if (operand.item) return operand.field.values ? 'enum' : 'string';
  return operand.field.kind;
}

function checkBaseOperands(base: string, fieldPath: string, fact: Operand, value: Operand): string | undefined {
  const factKind = kindOf(fact);
  const valueKind = kindOf(value);
  if (base === 'in' || base === 'notIn') {
    // The engine calls value.indexOf() unguarded, so the compared side must be the rule's own list.
    if (!('literal' in value) || !Array.isArray(value.literal)) return `${fieldPath}: "${base}" needs a list value`;
    return undefined;
  }
  if (base === 'contains' || base === 'doesNotContain') {
    return factKind === 'list' ? undefined : `${fieldPath}: "${base}" needs a list field`;
  }
  if (base === 'lengthAtLeast') {
    return factKind === 'list' && valueKind === 'number' ? undefined : `${fieldPath}: "lengthAtLeast" needs a list field and a number`;
  }
  if (base.startsWith('lessThan') || base.startsWith('greaterThan')) {
    return factKind === 'number' && valueKind === 'number' ? undefined : `${fieldPath}: "${base}" needs a number field and value`;
  }
  // equal / notEqual
  if (valueKind === 'list') return `${fieldPath}: "${base}" does not take a list value`;
  if (factKind === 'boolean' && valueKind !== 'boolean') return `${fieldPath}: a yes/no field compares with true or false`;
  if (factKind === 'number' && valueKind !== 'number') return `${fieldPath}: a number field compares with a number`;
  return undefined;
}
