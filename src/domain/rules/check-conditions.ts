import { DERIVED_FIELDS } from '../facts/read-facts.js';
import { WORKLOAD_FIELDS, type WorkloadField } from '../workload/fields.js';
import { parseOperator } from './operators.js';
import type { Condition, TopLevelCondition } from './schema.js';

/** A workload field, or a derived fact (`flow.*`, `reading.*`) a condition may read. */
const factField = (path: string) => WORKLOAD_FIELDS.get(path) ?? DERIVED_FIELDS.get(path);

/**
 * Checks a condition tree. Each named condition is checked once, whatever
 * the number of references to it, so the cost stays linear in the size of
 * the files even when conditions refer to each other many times over.
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
