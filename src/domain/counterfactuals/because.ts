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

/** What one changed field reads as: "latency were batch (now real-time)". */
function changeWords(path: string, value: unknown, workload: Workload): string {
  const label = (WORKLOAD_FIELDS.get(path)?.label ?? path).toLowerCase();
  return `${label} were ${valueWords(path, value)} (now ${valueWords(path, readPath(workload, path))})`;
}

/** What the changed answer gives the role instead, and the rule that gives it. */
export interface Replacement {
  names: readonly string[];
  rule: { id: string; description: string } | undefined;
}

/**
 * Why a change flips a choice, in the workload's own values: what changes,
 * what is dropped, and what takes its place and by which rule.
 *
 * @example
 * becauseSentence({ latency: 'batch' }, { latency: 'real-time' }, 'Amazon Kinesis Data Streams', 'ingest', { names: ['Amazon Data Firehose'], rule })
 * // 'If latency were batch (now real-time), Amazon Kinesis Data Streams would no longer be chosen to ingest: Amazon Data Firehose would (firehose-…: …).'
 */
export function becauseSentence(change: Readonly<Record<string, unknown>>, workload: Workload, name: string, role: string, replacement: Replacement): string {
  const changes = listOf(Object.entries(change).map(([path, value]) => changeWords(path, value, workload)));
  const dropped = `If ${changes}, ${name} would no longer be chosen for the ${role} role`;
  if (replacement.names.length === 0) return `${dropped}, and no other service would take that role.`;
  const by = replacement.rule ? ` (rule ${replacement.rule.id}: ${replacement.rule.description.replace(/\.$/, '')})` : '';
  return `${dropped}; ${listOf([...replacement.names])} would take it${by}.`;
}
