import { MB_PER_GB } from '../cost-premises.js';
import { premiseOf, type Pricer } from './pricer.js';

/**
 * AWS DataSync from the data its sizing moves (the `data to move` premise):
 * the first copy of what is stored, priced once, in the month it runs; the
 * later runs copy only what changed, which nothing in the workload sizes.
 *
 * @example
 * priceDataSync(sheet, { configuration: {}, premises: [{ quantity: 'data to move', value: 25, unit: 'TB', from: 'workload' }], workload }); // 25,600 GB copied
 */
export const priceDataSync: Pricer = (sheet, { premises }) => {
  const data = premiseOf(premises, 'data to move');
  if (!data) return;
  sheet.charge('datasync', 'gb-copied', sheet.premise(data) * MB_PER_GB, { item: 'data copied by DataSync (Basic mode): the first copy of what is stored, once' });
};
