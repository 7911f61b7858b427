import { streamRates } from '../../sizing/kinesis-data-streams.js';
import { ASSUMPTIONS, MB_PER_GB, SECONDS_PER_MONTH } from '../cost-premises.js';
import type { Pricer } from './pricer.js';

/** S3 Standard's storage tiers, in GB: the first 50 TB, the next 450 TB, the rest. */
const TIERS: ReadonlyArray<readonly [string, number]> = [
  ['standard-gb-month-first-50tb', 50 * 1024],
  ['standard-gb-month-next-450tb', 450 * 1024],
  ['standard-gb-month-over-500tb', Number.POSITIVE_INFINITY],
];

/**
 * S3 Standard GB-months, tier by tier: the data volume the workload gives, or
 * a month of its write rate times the months it is kept.
 *
 * @example
 * priceS3(sheet, { configuration: {}, workload: { data: { volumeTB: 100 } } }); // 51,200 GB-months at the first tier, 51,200 at the next
 */
export const priceS3: Pricer = (sheet, { workload }) => {
  const volume = workload.data?.volumeTB;
  const { mbps } = streamRates(workload.ingestion ?? {});
  let gb: number;
  if (volume !== undefined && volume > 0) gb = sheet.given('data volume', volume, 'TB', 'workload', 'data.volumeTB') * MB_PER_GB;
  else if (mbps !== undefined && mbps > 0) {
    const monthly = (sheet.given('write rate', mbps, 'MB/s', workload.ingestion?.throughputMBps === undefined ? 'derived' : 'workload', 'ingestion.throughputMBps') * SECONDS_PER_MONTH) / MB_PER_GB;
    gb = monthly * sheet.assume(ASSUMPTIONS.monthsKept);
  } else return;
  let left = gb;
  for (const [id, size] of TIERS) {
    if (left <= 0) break;
    sheet.charge('s3', id, Math.min(left, size));
    left -= size;
  }
};
