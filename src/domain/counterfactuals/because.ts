import { formatValue } from '../words/format-value.js';
import { listOf } from '../words/list-of.js';
import { WORKLOAD_FIELDS } from '../workload/fields.js';
import { readPath } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';

/** A value with its field's unit, for a sentence. */
function valueWords(path: string, value: unknown): string {
  if (value === undefined) return 'not given';
  const unit = WORKLOAD_FIELDS.get(path)?.unit;
  return `${formatValue(value)}${unit && typeof value === 'number' ? ` ${unit}` : ''}`;
}

/** What one changed field reads as: "latency batch (now real-time)". */
function changeWords(path: string, value: unknown, workload: Workload): string {
  const label = (WORKLOAD_FIELDS.get(path)?.label ?? path).toLowerCase();
  return `${label} ${valueWords(path, value)} (now ${valueWords(path, readPath(workload, path))})`;
}

/** What the changed answer gives the role instead, and the rule that gives it. */
export interface Replacement {
  names: readonly string[];
  rule: string | undefined;
}

/**
 * Why a change flips a choice, in the workload's own values and few words:
 * what changes, and what takes the role instead, by which rule.
 *
 * @example
 * becauseSentence({ latency: 'batch' }, { latency: 'real-time' }, 'Amazon Kinesis Data Streams', 'ingest', { names: ['Amazon Data Firehose'], rule: 'firehose-delivery-named' })
 * // 'With latency batch (now real-time), Amazon Data Firehose takes the ingest role instead (rule firehose-delivery-named).'
 */
export function becauseSentence(change: Readonly<Record<string, unknown>>, workload: Workload, name: string, role: string, replacement: Replacement): string {
  const changes = listOf(Object.entries(change).map(([path, value]) => changeWords(path, value, workload)));
  if (replacement.names.length === 0) return `With ${changes}, ${name} is no longer chosen for the ${role} role, and nothing new takes its place.`;
  const takes = replacement.names.length === 1 ? 'takes' : 'take';
  return `With ${changes}, ${listOf([...replacement.names])} ${takes} the ${role} role instead${replacement.rule ? ` (rule ${replacement.rule})` : ''}.`;
}
