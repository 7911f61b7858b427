import { ASSUMPTIONS, HOURS_PER_MONTH } from '../cost-premises.js';
import type { Pricer } from './pricer.js';

/**
 * DMS Serverless from `taskType`: assumed capacity units for the whole month
 * when changes keep replicating, for the full load's hours otherwise.
 *
 * @example
 * priceDms(sheet, { configuration: { taskType: 'full-load-and-cdc' }, workload }); // 1,460 DCU-hours
 */
export const priceDms: Pricer = (sheet, { configuration }) => {
  const units = sheet.assume(ASSUMPTIONS.dmsCapacityUnits);
  const hours = configuration.taskType === 'full-load-and-cdc' ? HOURS_PER_MONTH : sheet.assume(ASSUMPTIONS.fullLoadHours);
  sheet.charge('dms', 'serverless-dcu-hour', units * hours);
};
