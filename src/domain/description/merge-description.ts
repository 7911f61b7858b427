import type { Workload } from '../workload/schema.js';
import { LIST_FIELDS } from './field-policy.js';
import type { DescriptionConflict, DescriptionReading, InferredField } from './inferred-field.js';
import type { OutsideNeed } from './outside-scope.js';
import { readDescription } from './read-description.js';
import { isBlocked, valueAt, withValueAt } from './workload-paths.js';

/** A workload with the description's reading merged under its own fields. */
export interface AppliedDescription {
  workload: Workload;
  /** Only the readings that filled a field the workload left out. */
  inferred: InferredField[];
  /** Readings that disagree with a field the workload gives. */
  conflicts: DescriptionConflict[];
  /** True when the workload has a description and not one field could be read from it. */
  unread: boolean;
  /** Needs the description states that no field carries (outside the catalog). */
  outside?: OutsideNeed[];
  /** Sentences from which nothing was read. */
  unreadSentences?: string[];
}

/** Readings kept by text: the reading is a function of the text alone, and one answer may read it many times. */
const MAX_READINGS = 256;
let readings = new Map<string, DescriptionReading>();

/**
 * The reading of a description, read once per text while it stays among the last
 * {@link MAX_READINGS} texts: checking counterfactuals answers a workload up to
 * 120 times, and the playground and assistants send one description again and again.
 */
function readingOf(description: string): DescriptionReading {
  let reading = readings.get(description);
  if (!reading) {
    if (readings.size >= MAX_READINGS) readings = new Map();
    reading = readDescription(description);
    readings.set(description, reading);
  }
  return reading;
}

/** A value read, copied: the cached reading stays as it was read whatever callers do with the answer. */
const copyOf = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** What of a reading disagrees with the given value: for a list, the items it lacks; undefined when they agree. */
function disagreement(field: string, given: unknown, read: unknown): unknown {
  if (LIST_FIELDS.has(field)) {
    if (!Array.isArray(given)) return read;
    const missing = (read as unknown[]).filter((item) => !given.includes(item));
    return missing.length > 0 ? missing : undefined;
  }
  if (typeof given === 'number' && typeof read === 'number') return sameNumber(given, read) ? undefined : read;
  return Object.is(given, read) ? undefined : read;
}

/**
 * Explicit fields always win: merge the reading under the workload's own fields. Fills only
 * fields it leaves out (a given list is kept as it is), returns the readings used, and reports
 * every reading that disagrees with a given field. The input is never modified.
 *
 * @example
 * applyDescription({ description: 'About 30 MB/s, real-time.', ingestion: { throughputMBps: 5 } });
 * // workload: { …, ingestion: { throughputMBps: 5 }, latency: 'real-time' }
 * // inferred: [{ field: 'latency', value: 'real-time', evidence: 'real-time' }]
 * // conflicts: [{ field: 'ingestion.throughputMBps', given: 5, read: 30, evidence: '30 MB/s' }]
 */
export function applyDescription(workload: Workload): AppliedDescription {
  const base = (typeof workload === 'object' && workload !== null ? workload : {}) as Record<string, unknown>;
  const description = base.description;
  if (typeof description !== 'string' || description.trim() === '') return { workload: base as Workload, inferred: [], conflicts: [], unread: false };
  let merged = base;
  const inferred: InferredField[] = [];
  const conflicts: DescriptionConflict[] = [];
  const reading = readingOf(description);
  for (const stated of reading.inferred) {
    const entry = { ...stated, value: copyOf(stated.value) };
    const given = valueAt(base, entry.field);
    if (given === undefined) {
      if (isBlocked(merged, entry.field)) continue;
      const current = valueAt(merged, entry.field);
      const value = Array.isArray(current) ? [...current, ...(entry.value as unknown[])] : entry.value;
      merged = withValueAt(merged, entry.field, value);
      inferred.push(entry);
      continue;
    }
    const read = disagreement(entry.field, given, entry.value);
    if (read !== undefined) conflicts.push({ field: entry.field, given, read, evidence: entry.evidence });
  }
  const unread = reading.inferred.length === 0 && reading.outside.length === 0;
  const outside = reading.outside.map((need) => ({ ...need }));
  return { workload: merged as Workload, inferred, conflicts, unread, outside, unreadSentences: [...reading.unreadSentences] };
}
