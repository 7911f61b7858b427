import { ASSUMPTIONS } from '../cost-premises.js';
import type { Pricer } from './pricer.js';

/**
 * Athena from the data volume: TB scanned a month, at an assumed number of
 * full scans' worth (partitions and Parquet make each query read less).
 *
 * @example
 * priceAthena(sheet, { configuration: {}, workload: { data: { volumeTB: 10 } } }); // 10 TB scanned
 */
export const priceAthena: Pricer = (sheet, { workload }) => {
  const volume = workload.data?.volumeTB;
  if (volume === undefined || volume <= 0) return;
  sheet.given('data volume', volume, 'TB', 'workload', 'data.volumeTB');
  sheet.charge('athena', 'tb-scanned', volume * sheet.assume(ASSUMPTIONS.scansPerMonth));
};
