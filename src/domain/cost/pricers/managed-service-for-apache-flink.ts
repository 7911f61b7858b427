import { FLINK_LIMITS } from '../../sizing/managed-service-for-apache-flink.js';
import { HOURS_PER_MONTH } from '../cost-premises.js';
import { configNumber, type Pricer } from './pricer.js';

const SERVICE = 'managed-service-for-apache-flink';

/**
 * A Flink application from `kpus` (the orchestration KPU included): KPU-hours
 * around the clock, and 50 GB of running storage per processing KPU.
 *
 * @example
 * priceManagedFlink(sheet, { configuration: { kpus: 51 }, workload }); // 36,500 + 730 KPU-hours, 2,500 GB-months
 */
export const priceManagedFlink: Pricer = (sheet, { configuration }) => {
  const kpus = configNumber(configuration, 'kpus');
  if (kpus === undefined) return;
  const processing = kpus - FLINK_LIMITS.orchestrationKpus;
  sheet.charge(SERVICE, 'kpu-hour', processing * HOURS_PER_MONTH, { item: 'KPU-hours (processing)' });
  sheet.charge(SERVICE, 'kpu-hour', FLINK_LIMITS.orchestrationKpus * HOURS_PER_MONTH, { item: 'KPU-hours (orchestration)' });
  sheet.charge(SERVICE, 'running-storage-gb-month', processing * FLINK_LIMITS.storageGBPerKpu);
};
