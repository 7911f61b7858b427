import { GLUE_WORKERS, PYTHON_SHELL_MAX_GB, type WorkerType, workersFor, workerTypeFor } from '../../sizing/glue-workers.js';
import type { Premise } from '../../sizing/premise.js';
import { HOURS_PER_MONTH } from '../cost-premises.js';
import type { CostSheet } from '../cost-sheet.js';
import { configNumber, premiseOf, type Pricer } from './pricer.js';
import { glueRunHours, runsPerMonth } from './run-schedule.js';
import { inputPerRunRange } from './input-per-run.js';

const SERVICE = 'glue-etl';
/** A Python shell job runs on 1 DPU (or 0.0625) whatever its input. */
const PYTHON_SHELL_DPU = 1;

/**
 * The DPUs one batch run uses: the sized job in the central pass; where the
 * input per run is assumed, the job the sizing would give at this pass's end
 * of it (a Python shell job below 10 GB, Spark workers by run size above).
 */
function runDpus(sheet: CostSheet, central: number, flex: boolean, input: Premise | undefined): number {
  if (input?.from !== 'default') {
    if (input) sheet.premise(input);
    return central;
  }
  const gb = sheet.premise(input, inputPerRunRange(input.value));
  if (sheet.pass === 'central') return central;
  if (gb < PYTHON_SHELL_MAX_GB) return PYTHON_SHELL_DPU;
  const type = workerTypeFor(gb, flex);
  return workersFor(gb, type) * GLUE_WORKERS[type].dpu;
}

/**
 * A Glue job from `jobType`, `workerType`, `numberOfWorkers`, `dpu` and
 * `executionClass`, and the premises its sizing read (input per run, run
 * window, run interval): DPU-hours per run times runs a month for batch
 * jobs (Flex at its own price), around the clock for a streaming job.
 *
 * @example
 * priceGlueEtl(sheet, { configuration: { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 10, executionClass: 'STANDARD' }, premises, workload }); // 20 DPU × 1 hour × runs a month
 */
export const priceGlueEtl: Pricer = (sheet, { configuration, premises, workload }) => {
  const { jobType } = configuration;
  const price = configuration.executionClass === 'FLEX' ? 'flex-dpu-hour' : 'dpu-hour';
  const flex = configuration.executionClass === 'FLEX';
  const input = premiseOf(premises, 'input per run');
  if (jobType === 'python-shell') {
    const dpus = runDpus(sheet, configNumber(configuration, 'dpu') ?? PYTHON_SHELL_DPU, flex, input);
    sheet.charge(SERVICE, price, dpus * glueRunHours(sheet, premises) * runsPerMonth(sheet, workload, premises));
    return;
  }
  const workers = configNumber(configuration, 'numberOfWorkers');
  const shape = GLUE_WORKERS[configuration.workerType as WorkerType];
  if (workers === undefined || !shape) return;
  if (jobType === 'streaming') sheet.charge(SERVICE, price, workers * shape.dpu * HOURS_PER_MONTH);
  else if (jobType === 'spark') {
    const dpus = runDpus(sheet, workers * shape.dpu, flex, input);
    sheet.charge(SERVICE, price, dpus * glueRunHours(sheet, premises) * runsPerMonth(sheet, workload, premises));
  }
};
