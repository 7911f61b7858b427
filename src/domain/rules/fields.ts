import type { Condition, TopLevelCondition } from './schema.js';

/**
 * Every workload field a condition reads, named conditions followed, as
 * dotted paths in the order they appear.
 *
 * @example
 * conditionFields({ all: [{ fact: 'ingestion', path: 'mode', operator: 'equal', value: 'streaming' }] }, {});
 * // ['ingestion.mode']
 */
export function conditionFields(
  condition: Condition | TopLevelCondition,
  named: Readonly<Record<string, TopLevelCondition>>,
  into: string[] = [],
  seen: Set<string> = new Set(),
): string[] {
  if ('all' in condition) for (const c of condition.all) conditionFields(c, named, into, seen);
  else if ('any' in condition) for (const c of condition.any) conditionFields(c, named, into, seen);
  else if ('not' in condition) conditionFields(condition.not, named, into, seen);
  else if ('condition' in condition) {
    if (!seen.has(condition.condition) && Object.hasOwn(named, condition.condition)) {
      seen.add(condition.condition);
      conditionFields(named[condition.condition], named, into, seen);
    }
  } else {
    const path = condition.path ? `${condition.fact}.${condition.path}` : condition.fact;
    if (!into.includes(path)) into.push(path);
  }
  return into;
}
