import { ASSUMPTIONS, MB_PER_GB, SECONDS_PER_MONTH } from '../cost-premises.js';
import type { Pricer } from './pricer.js';
import { pricedRates } from './stream-rates.js';

const SERVICE = 'kinesis-data-firehose';
/** Ingestion is billed per record rounded up to 5 KB (the pricing page). */
const BILLING_INCREMENT_KB = 5;
/** The first ingestion tier: 500 TB a month. */
const FIRST_TIER_GB = 500 * 1024;

/**
 * Firehose from `destinations` (one stream each, every stream ingesting all
 * records) and `recordFormatConversion`: GB ingested in 5 KB increments, and
 * GB converted to Parquet for the S3 stream.
 *
 * @example
 * priceFirehose(sheet, { configuration: { destinations: ['s3'] }, workload: { ingestion: { throughputMBps: 2 } } }); // 25,664.063 GB ingested (1 KB records assumed, billed as 5 KB)
 */
export const priceFirehose: Pricer = (sheet, { configuration, workload }) => {
  const destinations = Array.isArray(configuration.destinations) ? configuration.destinations.length : 1;
  const streams = sheet.given('Firehose streams', destinations, 'streams', 'derived');
  const rates = pricedRates(sheet, workload, () => sheet.assume(ASSUMPTIONS.recordSizeKB));
  const mbpsPerStream = rates
    ? (rates.recordsPerSecond * Math.ceil(rates.recordKB / BILLING_INCREMENT_KB) * BILLING_INCREMENT_KB) / 1024
    : sheet.assume(ASSUMPTIONS.deliveryMBps);
  const gbPerStream = (mbpsPerStream * SECONDS_PER_MONTH) / MB_PER_GB;
  const gb = gbPerStream * streams;
  sheet.charge(SERVICE, 'ingested-gb-first-500tb', Math.min(gb, FIRST_TIER_GB));
  if (gb > FIRST_TIER_GB) sheet.charge(SERVICE, 'ingested-gb-past-500tb', gb - FIRST_TIER_GB);
  // Conversion is billed on the data converted, as written: the S3 stream's records, not rounded to 5 KB.
  if (configuration.recordFormatConversion === 'parquet') sheet.charge(SERVICE, 'format-conversion-gb', rates ? (rates.mbps * SECONDS_PER_MONTH) / MB_PER_GB : gbPerStream);
};
