import type { Premise } from '../../sizing/premise.js';
import type { Workload } from '../../workload/schema.js';
import { ASSUMPTIONS, DAILY_RUNS, HOURS_PER_MONTH } from '../cost-premises.js';
import type { CostSheet } from '../cost-sheet.js';
import { premiseOf } from './pricer.js';

/**
 * Runs a month. When the sizing read one run's input as the write rate over a
 * run interval, the runs are what that interval gives (more runs would each
 * read less: the month's data is the same). Otherwise from the ETL trigger: a
 * schedule runs daily as the sizing assumes, new data and chained runs are
 * assumed daily (weekly at the cheap end), manual runs weekly.
 *
 * @example
 * runsPerMonth(sheet, { processing: { etlTrigger: 'schedule' } }, []); // 30.4167 (730 ÷ 24)
 */
export function runsPerMonth(sheet: CostSheet, workload: Workload, premises: readonly Premise[]): number {
  const interval = premiseOf(premises, 'run interval');
  if (interval) return sheet.given('runs a month', HOURS_PER_MONTH / sheet.premise(interval), 'runs', 'derived');
  const trigger = workload.processing?.etlTrigger;
  if (trigger === 'schedule') return sheet.given('runs a month', DAILY_RUNS, 'runs', 'derived', 'processing.etlTrigger');
  return sheet.assume(trigger === 'manual' ? ASSUMPTIONS.manualRunsPerMonth : ASSUMPTIONS.runsPerMonth);
}

/** A Glue run is assumed to take about an hour: a quarter of it at the cheap end, its whole window at the dear end. */
const ASSUMED_RUN_HOURS = 1;
const CHEAP_RUN_HOURS = 0.25;

/**
 * Hours one Glue run takes: the sizing gives each DPU about 10 GB a run, not a
 * duration, so an hour is assumed, never more than the run window the sizing
 * read (stated or assumed), which is the dear end.
 *
 * @example
 * glueRunHours(sheet, [{ quantity: 'run window', value: 2, unit: 'hours', from: 'workload', field: 'processing.runWindowHours' }]); // 1 (0.25 to 2)
 */
export function glueRunHours(sheet: CostSheet, premises: readonly Premise[]): number {
  const window = premiseOf(premises, 'run window');
  const most = window === undefined ? ASSUMED_RUN_HOURS : sheet.premise(window);
  return sheet.assume({
    quantity: 'hours a run',
    unit: 'hours',
    value: Math.min(ASSUMED_RUN_HOURS, most),
    cheap: Math.min(CHEAP_RUN_HOURS, most),
    dear: most,
    field: 'processing.runWindowHours',
  });
}
