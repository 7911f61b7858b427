import { WORKLOAD_FIELDS } from '../workload/fields.js';
import { readPath } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';
import type { Leaf } from './condition-leaves.js';

/** One change to try: the field and the value it would take. */
export interface FieldValue {
  path: string;
  value: unknown;
}

/** How flows are read: the workload fields that decide each derived fact a rule may read. */
const DERIVED_FROM: Readonly<Record<string, readonly FieldValue[]>> = (() => {
  const modes = (WORKLOAD_FIELDS.get('ingestion.mode')?.values ?? []).map((value) => ({ path: 'ingestion.mode', value }));
  const arrival = [...modes, { path: 'data.atRest', value: true }, { path: 'data.atRest', value: false }];
  return {
    'flow.arrival': arrival,
    'flow.evidence': arrival,
    'reading.streaming': arrival,
    'reading.atRest': arrival,
    'reading.migration': arrival,
    'reading.requestResponse': arrival,
  };
})();

/** A value just past, or on, a threshold: whole numbers step by 1, fractions by a tenth of their size. */
function nearThreshold(threshold: number): number[] {
  const step = Number.isInteger(threshold) ? 1 : 10 ** (Math.floor(Math.log10(Math.abs(threshold) || 1)) - 1);
  return [threshold, threshold + step, threshold - step].filter((value) => value >= 0).map((value) => Number(value.toFixed(6)));
}

/** A list with one value added, or taken out when already there. */
function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/**
 * The values worth trying for the field a leaf reads, to make it hold or fail:
 * every other value of a boolean or enum, a list with each value the leaf
 * names toggled, numbers on and just past the leaf's threshold, the values
 * the leaf names for a string. A leaf on a derived fact (the flow, the
 * reading) tries the fields that decide it.
 *
 * @example
 * candidateValues(leafOf({ fact: 'latency', operator: 'equal', value: 'real-time' }), { latency: 'real-time' });
 * // [{ path: 'latency', value: 'near-real-time' }, { path: 'latency', value: 'batch' }]
 */
export function candidateValues(leaf: Leaf, workload: Workload): FieldValue[] {
  const derived = DERIVED_FROM[leaf.path] ?? (leaf.path === 'flow.source' ? sourceValues(leaf, workload) : undefined);
  if (derived) return derived.filter(({ path, value }) => readPath(workload, path) !== value);
  const field = WORKLOAD_FIELDS.get(leaf.path);
  if (!field) return [];
  const current = readPath(workload, leaf.path);
  const named = (Array.isArray(leaf.condition.value) ? leaf.condition.value : [leaf.condition.value]).filter((value) => typeof value !== 'boolean' || field.kind === 'boolean');
  let values: unknown[];
  switch (field.kind) {
    case 'boolean':
      values = [true, false];
      break;
    case 'enum':
      values = [...(field.values ?? [])];
      break;
    case 'list': {
      const list = Array.isArray(current) ? (current as string[]) : [];
      values = named.filter((value): value is string => typeof value === 'string' && (field.values ?? []).includes(value)).map((value) => toggled(list, value));
      break;
    }
    case 'number':
      values = named.filter((value): value is number => typeof value === 'number').flatMap(nearThreshold);
      if (values.length === 0 && current === undefined) values = [1];
      break;
    case 'string':
      values = named.filter((value) => typeof value === 'string');
      break;
    default:
      values = [];
  }
  return values.filter((value) => JSON.stringify(value) !== JSON.stringify(current)).map((value) => ({ path: leaf.path, value }));
}

/** A flow's source: the sources the leaf names, each added to the workload's. */
function sourceValues(leaf: Leaf, workload: Workload): FieldValue[] {
  const allowed = WORKLOAD_FIELDS.get('data.sources')?.values ?? [];
  const sources = workload.data?.sources ?? [];
  const named = Array.isArray(leaf.condition.value) ? leaf.condition.value : [leaf.condition.value];
  return named
    .filter((value): value is string => typeof value === 'string' && allowed.includes(value) && !(sources as string[]).includes(value))
    .map((value) => ({ path: 'data.sources', value: [...sources, value] }));
}

/**
 * A copy of a workload with some fields changed; the objects on the way to
 * each field are copied, the rest is shared.
 *
 * @example
 * withChange({ latency: 'real-time', data: { volumeTB: 5 } }, { latency: 'batch' }); // { latency: 'batch', data: { volumeTB: 5 } }
 */
export function withChange(workload: Workload, change: Readonly<Record<string, unknown>>): Workload {
  const copy: Record<string, unknown> = { ...workload };
  for (const [path, value] of Object.entries(change)) {
    const keys = path.split('.');
    let target = copy;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = target[key] = next !== null && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
    }
    target[keys[keys.length - 1]] = value;
  }
  return copy as Workload;
}
