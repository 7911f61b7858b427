import { LARGE_QUOTA_REGIONS } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { listOf } from '../words/list-of.js';

/**
 * On-demand capacity by Region. Kinesis Data Streams Developer Guide, "Quotas and limits":
 * new on-demand streams start at 4 MB/s of writes and scale to 10 GB/s in us-east-1,
 * us-west-2 and eu-west-1, to 200 MB/s elsewhere (more only by a support ticket).
 */
export const ON_DEMAND_LIMITS = {
  startWriteMBps: 4,
  maxWriteMBpsLargeRegions: 10_000,
  maxWriteMBpsOtherRegions: 200,
} as const;

const LARGE = listOf(LARGE_QUOTA_REGIONS);
const CEILINGS = `10 GB/s of writes in ${LARGE}, 200 MB/s elsewhere`;

/**
 * The on-demand write ceiling in a Region, or undefined when the Region is not given.
 *
 * @example
 * onDemandMaxWriteMBps('ap-south-1'); // 200
 */
export function onDemandMaxWriteMBps(region: string | undefined): number | undefined {
  if (region === undefined) return undefined;
  return LARGE_QUOTA_REGIONS.includes(region) ? ON_DEMAND_LIMITS.maxWriteMBpsLargeRegions : ON_DEMAND_LIMITS.maxWriteMBpsOtherRegions;
}

const ceilingIn = (region: string, max: number) => `${max >= 1000 ? `${formatNumber(max / 1000)} GB/s` : `${formatNumber(max)} MB/s`} of writes in ${region}`;

/**
 * Why on-demand mode when no rate is known, with the Region's ceiling.
 *
 * @example
 * unknownRateSentence('eu-west-1'); // 'No write rate was given, so start in on-demand capacity mode (… up to 10 GB/s of writes in eu-west-1) …'
 */
export function unknownRateSentence(region: string | undefined): string {
  const max = onDemandMaxWriteMBps(region);
  const ceiling = region !== undefined && max !== undefined ? ceilingIn(region, max) : CEILINGS;
  return `No write rate was given, so start in on-demand capacity mode (${ON_DEMAND_LIMITS.startWriteMBps} MB/s of writes at first, scaling with traffic up to ${ceiling}) and switch to provisioned shards once the rate is known.`;
}

/**
 * Provisioned or on-demand for a known rate: on-demand must fit under the
 * Region's ceiling; below it, provisioned shards cost less at a steady rate.
 *
 * @example
 * knownRateSentence(300, 'ap-south-1'); // '300 MB/s is past on-demand\'s 200 MB/s of writes in ap-south-1 …'
 */
export function knownRateSentence(mbps: number, region: string | undefined): string {
  const max = onDemandMaxWriteMBps(region);
  if (region !== undefined && max !== undefined) {
    return mbps > max
      ? `${formatNumber(mbps)} MB/s is past on-demand's ${ceilingIn(region, max)} (raised only by a support ticket): provisioned shards carry it.`
      : `On-demand mode would also carry ${formatNumber(mbps)} MB/s (it scales to ${ceilingIn(region, max)}) and suits spiky traffic; at a steady, known rate provisioned shards cost less.`;
  }
  if (mbps > ON_DEMAND_LIMITS.maxWriteMBpsLargeRegions) {
    return `${formatNumber(mbps)} MB/s is past what on-demand mode reaches in any Region (${CEILINGS}): provisioned shards carry it.`;
  }
  return mbps > ON_DEMAND_LIMITS.maxWriteMBpsOtherRegions
    ? `On-demand mode would carry ${formatNumber(mbps)} MB/s only in ${LARGE} (up to 10 GB/s of writes; 200 MB/s elsewhere): provisioned shards carry it in any Region.`
    : `On-demand mode would also carry ${formatNumber(mbps)} MB/s in any Region and suits spiky traffic; at a steady, known rate provisioned shards cost less.`;
}
