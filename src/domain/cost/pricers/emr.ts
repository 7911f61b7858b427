import { planEmrNodes } from '../../sizing/emr-nodes.js';
import type { Workload } from '../../workload/schema.js';
import { formatNumber } from '../../words/number-format.js';
import { ASSUMPTIONS, HOURS_PER_MONTH } from '../cost-premises.js';
import type { CostSheet } from '../cost-sheet.js';
import { priceOf } from '../price-book.js';
import { configNumber, premiseOf, type Pricer, type PricingInput } from './pricer.js';
import { inputPerRunRange } from './input-per-run.js';
import { runsPerMonth } from './run-schedule.js';

/** The node the EMR sizing's rule of thumb is stated for: 8 vCPUs, "such as m7g.2xlarge" (sizing/emr-nodes.ts). */
const NODE_TYPE = 'm7g.2xlarge';

interface Nodes {
  primary: number;
  core: number;
  task: number;
}

/**
 * The nodes of one batch run: the sized cluster in the central pass; where
 * the input per run is assumed, the cluster the sizing plans at this pass's
 * end of it, over the same window.
 */
function batchNodes(sheet: CostSheet, sized: Nodes, { premises, workload }: PricingInput, windowHours: number): Nodes {
  const input = premiseOf(premises, 'input per run');
  if (input?.from !== 'default') {
    if (input) sheet.premise(input);
    return sized;
  }
  const gb = sheet.premise(input, inputPerRunRange(input.value));
  if (sheet.pass === 'central') return sized;
  const changed: Workload = { ...workload, processing: { ...workload.processing, inputPerRunGB: gb, runWindowHours: windowHours } };
  const plan = planEmrNodes(changed, false);
  return plan ? { primary: sized.primary, core: plan.coreNodes, task: plan.taskNodes } : sized;
}

/**
 * An EMR cluster from `primaryNodes`, `coreNodes`, `taskNodes`,
 * `taskPurchaseOption` and `processingWindowHours`, and the premises its
 * sizing read: a batch cluster runs for its run window (stated or assumed)
 * once a run, a streaming one around the clock. EC2 instance-hours On-Demand
 * and on Spot (at an assumed share of On-Demand), and the EMR price on every
 * node. Where the input per run is assumed, the range prices the cluster the
 * sizing plans at its ends; task nodes it adds stay on the sized purchase
 * option (On-Demand unless the sized cluster has Spot task nodes), the dearer way.
 *
 * @example
 * priceEmr(sheet, { configuration: { primaryNodes: 1, coreNodes: 2, taskNodes: 0 }, premises: [], workload }); // 2,190 instance-hours, around the clock
 */
export const priceEmr: Pricer = (sheet, input) => {
  const { configuration, premises, workload } = input;
  const core = configNumber(configuration, 'coreNodes');
  if (core === undefined) return;
  const sized: Nodes = { primary: configNumber(configuration, 'primaryNodes') ?? 1, core, task: configNumber(configuration, 'taskNodes') ?? 0 };
  const sizedWindow = configNumber(configuration, 'processingWindowHours');
  let hours = HOURS_PER_MONTH;
  let nodes = sized;
  if (sizedWindow !== undefined) {
    const windowPremise = premiseOf(premises, 'run window');
    const window = windowPremise ? sheet.premise(windowPremise) : sizedWindow;
    nodes = batchNodes(sheet, sized, input, window);
    hours = window * runsPerMonth(sheet, workload, premises);
  }
  const spot = configuration.taskPurchaseOption === 'spot' && nodes.task > 0;
  const onDemandNodes = nodes.primary + nodes.core + (spot ? 0 : nodes.task);
  sheet.charge('ec2', `${NODE_TYPE}-on-demand`, onDemandNodes * hours, { item: `EC2 On-Demand instance-hours, ${NODE_TYPE} (${formatNumber(onDemandNodes)} nodes)` });
  if (spot) {
    const share = sheet.assume(ASSUMPTIONS.spotShare);
    const onDemand = priceOf('ec2', `${NODE_TYPE}-on-demand`)?.usd[sheet.region];
    sheet.charge('ec2', `${NODE_TYPE}-on-demand`, nodes.task * hours, {
      item: `EC2 Spot instance-hours, ${NODE_TYPE} (${formatNumber(nodes.task)} task nodes, at ${formatNumber(share * 100)}% of On-Demand assumed)`,
      scale: onDemand === undefined ? 1 : share,
    });
  }
  sheet.charge('emr', `${NODE_TYPE}-uplift`, (nodes.primary + nodes.core + nodes.task) * hours, { item: `Amazon EMR price on every node, ${NODE_TYPE}` });
};
