import type { Condition, FactCondition, TopLevelCondition } from './schema.js';

/**
 * Visits every leaf condition a condition reads, in the order they appear,
 * following each named condition once.
 *
 * @example
 * visitLeaves({ not: { fact: 'latency', operator: 'equal', value: 'batch' } }, {}, (leaf) => console.log(leaf.fact)); // latency
 */
export function visitLeaves(
  condition: Condition | TopLevelCondition,
  named: Readonly<Record<string, TopLevelCondition>>,
  visit: (leaf: FactCondition) => void,
  seen: Set<string> = new Set(),
): void {
  if ('all' in condition) for (const c of condition.all) visitLeaves(c, named, visit, seen);
  else if ('any' in condition) for (const c of condition.any) visitLeaves(c, named, visit, seen);
  else if ('not' in condition) visitLeaves(condition.not, named, visit, seen);
  else if ('condition' in condition) {
    if (!seen.has(condition.condition) && Object.hasOwn(named, condition.condition)) {
      seen.add(condition.condition);
      visitLeaves(named[condition.condition], named, visit, seen);
    }
  } else visit(condition);
}

/**
 * Every workload field a condition reads, named conditions followed, as
 * dotted paths in the order they appear.
 *
 * @example
 * conditionFields({ all: [{ fact: 'ingestion', path: 'mode', operator: 'equal', value: 'streaming' }] }, {});
 * // ['ingestion.mode']
 */
export function conditionFields(condition: Condition | TopLevelCondition, named: Readonly<Record<string, TopLevelCondition>>): string[] {
  const paths: string[] = [];
  visitLeaves(condition, named, (leaf) => {
    const path = leaf.path ? `${leaf.fact}.${leaf.path}` : leaf.fact;
    if (!paths.includes(path)) paths.push(path);
  });
  return paths;
}
