import { GLUE_WORKERS, type WorkerType } from '../../sizing/glue-workers.js';
import { HOURS_PER_MONTH } from '../cost-premises.js';
import { configNumber, type Pricer } from './pricer.js';
import { runHours, runsPerMonth } from './run-schedule.js';

const SERVICE = 'glue-etl';

/**
 * A Glue job from `jobType`, `workerType`, `numberOfWorkers`, `dpu` and
 * `executionClass`: DPU-hours per run times runs a month for batch jobs
 * (Flex at its own price), around the clock for a streaming job.
 *
 * @example
 * priceGlueEtl(sheet, { configuration: { jobType: 'spark', workerType: 'G.2X', numberOfWorkers: 9, executionClass: 'STANDARD' }, workload }); // 547.5 DPU-hours
 */
export const priceGlueEtl: Pricer = (sheet, { configuration, workload }) => {
  const { jobType } = configuration;
  const price = configuration.executionClass === 'FLEX' ? 'flex-dpu-hour' : 'dpu-hour';
  if (jobType === 'python-shell') {
    const dpu = configNumber(configuration, 'dpu') ?? 1;
    sheet.charge(SERVICE, price, dpu * runHours(sheet, workload) * runsPerMonth(sheet, workload));
    return;
  }
  const workers = configNumber(configuration, 'numberOfWorkers');
  const shape = GLUE_WORKERS[configuration.workerType as WorkerType];
  if (workers === undefined || !shape) return;
  const dpus = workers * shape.dpu;
  if (jobType === 'streaming') sheet.charge(SERVICE, price, dpus * HOURS_PER_MONTH);
  else if (jobType === 'spark') sheet.charge(SERVICE, price, dpus * runHours(sheet, workload) * runsPerMonth(sheet, workload));
};
