import { streamRates } from '../../sizing/kinesis-data-streams.js';
import type { Workload } from '../../workload/schema.js';
import type { CostSheet } from '../cost-sheet.js';

/** The write rate and record size an estimate prices, each noted as given, derived or (for the size) assumed. */
export interface PricedRates {
  mbps: number;
  recordsPerSecond: number;
  recordKB: number;
}

/**
 * MB/s, records/s and record size as given or derived from each other;
 * a record size the workload cannot give is assumed. Undefined without a rate.
 *
 * @example
 * pricedRates(sheet, { ingestion: { throughputMBps: 20, recordsPerSecond: 50000 } }); // { mbps: 20, recordsPerSecond: 50000, recordKB: 0.4096 }
 */
export function pricedRates(sheet: CostSheet, workload: Workload, assumedRecordKB: () => number): PricedRates | undefined {
  const ingestion = workload.ingestion ?? {};
  const rates = streamRates(ingestion);
  if (rates.mbps === undefined && rates.recordsPerSecond === undefined) return undefined;
  let recordKB = ingestion.recordSizeKB;
  if (recordKB !== undefined) sheet.given('record size', recordKB, 'KB', 'workload', 'ingestion.recordSizeKB');
  else if (rates.mbps !== undefined && rates.recordsPerSecond !== undefined && rates.recordsPerSecond > 0) {
    recordKB = sheet.given('record size', (rates.mbps * 1024) / rates.recordsPerSecond, 'KB', 'derived');
  } else recordKB = assumedRecordKB();
  const mbps = rates.mbps ?? ((rates.recordsPerSecond as number) * recordKB) / 1024;
  const recordsPerSecond = rates.recordsPerSecond ?? (mbps * 1024) / recordKB;
  sheet.given('write rate', mbps, 'MB/s', ingestion.throughputMBps === undefined ? 'derived' : 'workload', 'ingestion.throughputMBps');
  sheet.given('records per second', recordsPerSecond, 'records/s', ingestion.recordsPerSecond === undefined ? 'derived' : 'workload', 'ingestion.recordsPerSecond');
  return { mbps, recordsPerSecond, recordKB };
}
