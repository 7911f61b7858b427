import type { Configuration, Sizer, SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';

/** One day, in seconds. */
const DAY_SECONDS = 86_400;
/** Assumed when nothing says how fast the site's link is: 1 Gbit/s, about 125 MB/s. */
export const DEFAULT_LINK_MBPS = 125;
/** Past about two weeks on the wire, a physical transfer is worth weighing. */
const PHYSICAL_TRANSFER_DAYS = 14;

/**
 * AWS DataSync: an agent near the files, verification, and how long the stored volume takes on an
 * assumed 1 Gbit/s link, with AWS Data Transfer Terminal past two weeks (Snowball Edge is no
 * longer available to new customers).
 *
 * @example
 * sizeDataSync({ workload: { data: { volumeTB: 25 } }, recommended, flows: [], reading }).configuration.transferDays; // 2.3
 */
export const sizeDataSync: Sizer = ({ workload }) => {
  const volumeTB = workload.data?.volumeTB;
  const configuration: Configuration = {
    agent: 'a DataSync agent (VM on premises, or EC2) with network access to the shares',
    verification: 'verify only the data transferred (or all data, for the final pass)',
    schedule: 'one task for the initial copy, then on a schedule for what changes',
  };
  const result: SizingResult = { configuration, rationale: [], warnings: [], premises: [] };
  if (volumeTB === undefined) return result;
  const days = (volumeTB * 1_000_000) / DEFAULT_LINK_MBPS / DAY_SECONDS;
  configuration.transferDays = Math.round(days * 10) / 10;
  result.premises = [
    { quantity: 'data to move', value: volumeTB, unit: 'TB', from: 'workload', field: 'data.volumeTB' },
    { quantity: 'network bandwidth to AWS', value: DEFAULT_LINK_MBPS, unit: 'MB/s', from: 'default' },
  ];
  result.rationale.push(
    `${formatNumber(volumeTB)} TB over an assumed 1 Gbit/s link (about ${DEFAULT_LINK_MBPS} MB/s, fully used) takes about ${formatNumber(Math.round(days * 10) / 10)} days; a faster link or several agents in parallel shortens it.`,
  );
  if (days > PHYSICAL_TRANSFER_DAYS) {
    result.rationale.push('At that pace a physical transfer is worth weighing: AWS Data Transfer Terminal takes your own storage devices to an AWS location for upload (Snowball Edge is no longer available to new customers); DataSync then copies what changed since.');
  }
  return result;
};
