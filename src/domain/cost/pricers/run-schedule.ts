import type { Workload } from '../../workload/schema.js';
import { ASSUMPTIONS, DAILY_RUNS } from '../cost-premises.js';
import type { CostSheet } from '../cost-sheet.js';

/**
 * Runs a month from the ETL trigger: a schedule runs daily as the sizing
 * assumes, new data and chained runs are assumed daily too (weekly at the
 * cheap end), manual runs weekly.
 *
 * @example
 * runsPerMonth(sheet, { processing: { etlTrigger: 'schedule' } }); // 30.4167 (730 ÷ 24)
 */
export function runsPerMonth(sheet: CostSheet, workload: Workload): number {
  const trigger = workload.processing?.etlTrigger;
  if (trigger === 'schedule') return sheet.given('runs a month', DAILY_RUNS, 'runs', 'derived', 'processing.etlTrigger');
  return sheet.assume(trigger === 'manual' ? ASSUMPTIONS.manualRunsPerMonth : ASSUMPTIONS.runsPerMonth);
}

/**
 * Hours one batch run takes: the run window the workload gives, else an assumed hour.
 *
 * @example
 * runHours(sheet, { processing: { runWindowHours: 2 } }); // 2
 */
export function runHours(sheet: CostSheet, workload: Workload): number {
  const window = workload.processing?.runWindowHours;
  return window === undefined ? sheet.assume(ASSUMPTIONS.runHours) : sheet.given('hours a run', window, 'hours', 'workload', 'processing.runWindowHours');
}
