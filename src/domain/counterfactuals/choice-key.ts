import { WORKLOAD_FIELDS } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';

/** Fields no decision reads: the name, and the description (read into fields before any rule runs). */
const UNREAD: ReadonlySet<string> = new Set(['name', 'description']);

/** The fields a key reads, each as its path's keys, with the thresholds of a numeric field. */
export interface KeyFields {
  fields: ReadonlyArray<{ keys: readonly string[]; thresholds: readonly number[] | undefined }>;
}

/**
 * The fields of the workload schema a key reads, numeric ones with the
 * thresholds rules compare them with (0 at least, as flows read rates).
 *
 * @example
 * keyFields(new Map([['data.volumeTB', [0, 100]]])).fields.length; // every leaf field but name and description
 */
export function keyFields(thresholds: ReadonlyMap<string, readonly number[]>): KeyFields {
  const fields = [...WORKLOAD_FIELDS.values()]
    .filter((field) => field.kind !== 'object' && !UNREAD.has(field.path))
    .map((field) => ({ keys: field.path.split('.'), thresholds: field.kind === 'number' ? (thresholds.get(field.path) ?? [0]) : undefined }));
  return { fields };
}

/** A number as the rules can tell it apart: how many thresholds lie below it, and whether it sits on one. */
function numberClass(value: number, thresholds: readonly number[]): string {
  let below = 0;
  for (const threshold of thresholds) {
    if (threshold === value) return `${below}=`;
    if (threshold < value) below++;
  }
  return String(below);
}

/**
 * What decides which services an answer chooses, and nothing else: every
 * field the rules or the reading of flows could tell apart, each number as the
 * interval between thresholds it falls in. Two workloads with one key get the
 * same choice, and so does each after the same change.
 *
 * @example
 * choiceKey({ data: { volumeTB: 150 } }, fields) === choiceKey({ data: { volumeTB: 900 } }, fields); // true with thresholds [0, 100, 1000]
 */
export function choiceKey(workload: Workload, { fields }: KeyFields): string {
  let key = '';
  for (const { keys, thresholds } of fields) {
    let value: unknown = workload;
    for (const name of keys) {
      value = value !== null && typeof value === 'object' && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
      if (value === undefined) break;
    }
    key += value === undefined ? '~' : thresholds && typeof value === 'number' ? numberClass(value, thresholds) : JSON.stringify(value);
    key += '|';
  }
  return key;
}
