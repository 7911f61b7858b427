import { streamRates } from '../../sizing/kinesis-data-streams.js';
import { MB_PER_GB, SECONDS_PER_MONTH } from '../cost-premises.js';
import { type Pricer } from './pricer.js';
import { chargeS3Standard, storedGB } from './s3.js';

const SERVICE = 's3-replication';
/** The Region whose transfer from us-east-1 is priced lower ($0.01), which the price file does not hold. */
const NEAR_PAIR: Readonly<Record<string, string>> = { 'us-east-1': 'us-east-2', 'us-east-2': 'us-east-1' };

/**
 * S3 Cross-Region Replication from `replicationTimeControl` and the
 * workload: the replica's S3 Standard GB-months in the destination Region
 * (not confirmed where that Region is not named or not priced), and for what
 * is written each month (the write rate) the inter-Region transfer and, with
 * Replication Time Control on, its per-GB fee.
 *
 * @example
 * priceS3Replication(sheet, { configuration: { replicationTimeControl: 'enabled' }, premises, workload: { data: { volumeTB: 2 }, ingestion: { throughputMBps: 1 }, resilience: { secondaryRegion: 'us-west-2' } } });
 */
export const priceS3Replication: Pricer = (sheet, { configuration, workload }) => {
  const destination = workload.resilience?.secondaryRegion;
  const stored = storedGB(sheet, workload);
  if (stored !== undefined) chargeS3Standard(sheet, stored, { region: destination ?? '', prefix: 'replica: ' });
  const { mbps } = streamRates(workload.ingestion ?? {});
  if (mbps === undefined || mbps <= 0) return;
  const gb = (mbps * SECONDS_PER_MONTH) / MB_PER_GB;
  const nearPair = destination !== undefined && NEAR_PAIR[sheet.region] === destination;
  sheet.charge(SERVICE, 'inter-region-transfer-gb', gb, nearPair ? { region: '' } : {});
  if (configuration.replicationTimeControl === 'enabled') sheet.charge(SERVICE, 'rtc-gb', gb);
};
