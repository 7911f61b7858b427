import { formatNumber } from '../../words/number-format.js';
import { ASSUMPTIONS, HOURS_PER_MONTH } from '../cost-premises.js';
import { priceOf } from '../price-book.js';
import { configNumber, type Pricer } from './pricer.js';
import { runsPerMonth } from './run-schedule.js';

/** The node the EMR sizing's rule of thumb is stated for: 8 vCPUs, "such as m7g.2xlarge" (sizing/emr-nodes.ts). */
const NODE_TYPE = 'm7g.2xlarge';

/**
 * An EMR cluster from `primaryNodes`, `coreNodes`, `taskNodes`,
 * `taskPurchaseOption` and `processingWindowHours`: EC2 instance-hours On-Demand
 * and on Spot (at an assumed share of On-Demand), and the EMR price on every
 * node. A cluster with a window runs it once a run; without one, around the clock.
 *
 * @example
 * priceEmr(sheet, { configuration: { primaryNodes: 1, coreNodes: 2, taskNodes: 0 }, workload }); // 2,190 instance-hours
 */
export const priceEmr: Pricer = (sheet, { configuration, workload }) => {
  const core = configNumber(configuration, 'coreNodes');
  if (core === undefined) return;
  const primary = configNumber(configuration, 'primaryNodes') ?? 1;
  const task = configNumber(configuration, 'taskNodes') ?? 0;
  const window = configNumber(configuration, 'processingWindowHours');
  const hours = window === undefined ? HOURS_PER_MONTH : window * runsPerMonth(sheet, workload);
  const spot = configuration.taskPurchaseOption === 'spot' && task > 0;
  const onDemandNodes = primary + core + (spot ? 0 : task);
  sheet.charge('ec2', `${NODE_TYPE}-on-demand`, onDemandNodes * hours, { item: `EC2 On-Demand instance-hours, ${NODE_TYPE} (${formatNumber(onDemandNodes)} nodes)` });
  if (spot) {
    const share = sheet.assume(ASSUMPTIONS.spotShare);
    const onDemand = priceOf('ec2', `${NODE_TYPE}-on-demand`)?.usd[sheet.region];
    sheet.charge('ec2', `${NODE_TYPE}-on-demand`, task * hours, {
      item: `EC2 Spot instance-hours, ${NODE_TYPE} (${formatNumber(task)} task nodes, at ${formatNumber(share * 100)}% of On-Demand assumed)`,
      scale: onDemand === undefined ? 1 : share,
    });
  }
  sheet.charge('emr', `${NODE_TYPE}-uplift`, (onDemandNodes + (spot ? task : 0)) * hours, { item: `Amazon EMR price on every node, ${NODE_TYPE}` });
};
