import { WORKLOAD_FIELDS } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';

/** Fields no decision reads: the name, and the description (read into fields before any rule runs). */
const UNREAD: ReadonlySet<string> = new Set(['name', 'description']);

interface KeyField {
  name: string;
  /** The thresholds of a numeric field; undefined for any other kind. */
  thresholds: readonly number[] | undefined;
}

/** The fields a key reads, by top-level section (a section absent reads as one mark), numeric ones with their thresholds. */
export interface KeyFields {
  sections: ReadonlyArray<{ name: string; fields: readonly KeyField[] | undefined; thresholds: readonly number[] | undefined }>;
}

/**
 * The fields of the workload schema a key reads, numeric ones with the
 * thresholds rules compare them with (0 at least, as flows read rates).
 *
 * @example
 * keyFields(new Map([['data.volumeTB', [0, 100]]])).sections.map((section) => section.name); // ['data', 'ingestion', 'latency', …]
 */
export function keyFields(thresholds: ReadonlyMap<string, readonly number[]>): KeyFields {
  const numeric = (path: string) => (WORKLOAD_FIELDS.get(path)?.kind === 'number' ? (thresholds.get(path) ?? [0]) : undefined);
  const sections = [...WORKLOAD_FIELDS.values()]
    .filter((field) => !field.path.includes('.') && !UNREAD.has(field.path))
    .map((section) => ({
      name: section.path,
      thresholds: numeric(section.path),
      fields:
        section.kind === 'object'
          ? [...WORKLOAD_FIELDS.values()]
              .filter((field) => field.path.startsWith(`${section.path}.`) && field.kind !== 'object')
              .map((field) => ({ name: field.path.slice(section.path.length + 1), thresholds: numeric(field.path) }))
          : undefined,
    }));
  return { sections };
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

/** A value as a key writes it: a number by its class, anything else as JSON, nothing as a mark. */
const valueKey = (value: unknown, thresholds: readonly number[] | undefined) =>
  value === undefined ? '~' : thresholds && typeof value === 'number' ? numberClass(value, thresholds) : JSON.stringify(value);

/**
 * What decides which services an answer chooses, and nothing else: every
 * field the rules or the reading of flows could tell apart, each number as the
 * interval between thresholds it falls in. Two workloads with one key get the
 * same choice, and so does each after the same change.
 *
 * @example
 * choiceKey({ data: { volumeTB: 150 } }, fields) === choiceKey({ data: { volumeTB: 900 } }, fields); // true with thresholds [0, 100, 1000]
 */
export function choiceKey(workload: Workload, { sections }: KeyFields): string {
  const root = workload as Record<string, unknown>;
  let key = '';
  for (const { name, fields, thresholds } of sections) {
    const value = Object.hasOwn(root, name) ? root[name] : undefined;
    if (fields === undefined || value === undefined || value === null || typeof value !== 'object') {
      key += `${valueKey(value, thresholds)}|`;
      continue;
    }
    const section = value as Record<string, unknown>;
    key += '{';
    for (const field of fields) key += `${valueKey(Object.hasOwn(section, field.name) ? section[field.name] : undefined, field.thresholds)},`;
    key += '}|';
  }
  return key;
}
