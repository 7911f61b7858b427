import { streamRates } from '../../sizing/kinesis-data-streams.js';
import type { Workload } from '../../workload/schema.js';
import { ASSUMPTIONS, MB_PER_GB, SECONDS_PER_MONTH } from '../cost-premises.js';
import type { CostSheet } from '../cost-sheet.js';
import { priceOf } from '../price-book.js';
import type { Pricer } from './pricer.js';

/** S3 Standard's storage tiers, in GB: the first 50 TB, the next 450 TB, the rest. */
const TIERS: ReadonlyArray<readonly [string, number]> = [
  ['standard-gb-month-first-50tb', 50 * 1024],
  ['standard-gb-month-next-450tb', 450 * 1024],
  ['standard-gb-month-over-500tb', Number.POSITIVE_INFINITY],
];

/**
 * GB kept in S3: the data volume the workload gives, or a month of its write
 * rate times the months it is kept (assumed); undefined with neither.
 *
 * @example
 * storedGB(sheet, { data: { volumeTB: 2 } }); // 2048
 */
export function storedGB(sheet: CostSheet, workload: Workload): number | undefined {
  const volume = workload.data?.volumeTB;
  if (volume !== undefined && volume > 0) return sheet.given('data volume', volume, 'TB', 'workload', 'data.volumeTB') * MB_PER_GB;
  const { mbps } = streamRates(workload.ingestion ?? {});
  if (mbps === undefined || mbps <= 0) return undefined;
  const monthly = (sheet.given('write rate', mbps, 'MB/s', workload.ingestion?.throughputMBps === undefined ? 'derived' : 'workload', 'ingestion.throughputMBps') * SECONDS_PER_MONTH) / MB_PER_GB;
  return monthly * sheet.assume(ASSUMPTIONS.monthsKept);
}

/**
 * S3 Standard GB-months, tier by tier, in the sheet's Region or another (a replica's).
 *
 * @example
 * chargeS3Standard(sheet, 102_400); // 51,200 GB-months at the first tier, 51,200 at the next
 */
export function chargeS3Standard(sheet: CostSheet, gb: number, options: { region?: string; prefix?: string } = {}): void {
  let left = gb;
  for (const [id, size] of TIERS) {
    if (left <= 0) break;
    const item = options.prefix === undefined ? undefined : `${options.prefix}${priceOf('s3', id)?.item ?? id}`;
    sheet.charge('s3', id, Math.min(left, size), { region: options.region, ...(item ? { item } : {}) });
    left -= size;
  }
}

/**
 * S3 Standard GB-months, tier by tier: the data volume the workload gives, or
 * a month of its write rate times the months it is kept.
 *
 * @example
 * priceS3(sheet, { configuration: {}, premises: [], workload: { data: { volumeTB: 100 } } }); // 51,200 GB-months at the first tier, 51,200 at the next
 */
export const priceS3: Pricer = (sheet, { workload }) => {
  const gb = storedGB(sheet, workload);
  if (gb !== undefined) chargeS3Standard(sheet, gb);
};
