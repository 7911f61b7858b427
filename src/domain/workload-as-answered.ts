import type { InferredField } from './description/inferred-field.js';
import { valueAt, withValueAt } from './description/workload-paths.js';
import type { Workload } from './workload/schema.js';

/**
 * The workload the advisor answered: the fields given, with the fields its
 * description filled in (the answer's `inferred[]`) merged as the advisor
 * merged them, so the description is not read again.
 *
 * @example
 * workloadAsAnswered({ description: 'about 30 MB/s' }, answer.inferred).ingestion?.throughputMBps; // 30
 */
export function workloadAsAnswered(given: Workload, inferred: readonly InferredField[]): Workload {
  let merged = given as Record<string, unknown>;
  for (const { field, value } of inferred) {
    const current = valueAt(merged, field);
    merged = withValueAt(merged, field, Array.isArray(current) && Array.isArray(value) ? [...current, ...value] : value);
  }
  return merged as Workload;
}
