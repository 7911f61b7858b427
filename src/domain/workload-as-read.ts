import { applyDescription } from './description/index.js';
import type { Workload } from './workload/schema.js';

/**
 * The workload the advisor answered: the fields given, and those its
 * description states that the given fields leave out.
 *
 * @example
 * workloadAsRead({ description: 'about 30 MB/s of clickstream' }).ingestion?.throughputMBps; // 30
 */
export function workloadAsRead(given: Workload): Workload {
  return given.description === undefined ? given : applyDescription(given).workload;
}
