import type { Workload } from '../workload/schema.js';
import { ceilUnits } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/** Rule of thumb, not an AWS figure: an 8-vCPU node (m7g.2xlarge class) processes about 100 GB an hour of Spark ETL over S3. */
export const GB_PER_NODE_HOUR = 100;
/** Assumed windows: batch latency means an overnight run of 8 hours; fresher answers, 1 hour. */
export const BATCH_WINDOW_HOURS = 8;
export const SHORT_WINDOW_HOURS = 1;
/** Rule of thumb, not an AWS figure: about 10 MB/s per 8-vCPU node for a streaming job. */
export const STREAMING_MBPS_PER_NODE = 10;
/** Two core nodes at least, so HDFS keeps a replica when one is lost. */
export const MIN_CORE_NODES = 2;
/** Share of the nodes kept as On-Demand core nodes when task nodes run on Spot. */
const CORE_SHARE: Readonly<Record<string, number>> = { lowest: 0.25, balanced: 0.5 };

export interface NodePlan {
  /** Core plus task nodes, beside the one primary node. */
  nodes: number;
  coreNodes: number;
  taskNodes: number;
  basis: 'window' | 'stream';
  windowHours?: number;
}

/**
 * The processing window assumed from the latency: 8 hours for batch (or none stated), 1 hour otherwise.
 *
 * @example
 * windowHours('batch'); // 8
 */
export function windowHours(latency: string | undefined): number {
  return latency === undefined || latency === 'batch' ? BATCH_WINDOW_HOURS : SHORT_WINDOW_HOURS;
}

/** Splits the nodes: all core without Spot, else a core share on On-Demand and the rest as Spot task nodes. */
function split(nodes: number, costPriority: string | undefined): Pick<NodePlan, 'coreNodes' | 'taskNodes'> {
  const share = costPriority === undefined ? undefined : CORE_SHARE[costPriority];
  if (share === undefined || nodes <= MIN_CORE_NODES) return { coreNodes: nodes, taskNodes: 0 };
  const coreNodes = Math.max(MIN_CORE_NODES, ceilUnits(nodes * share));
  return { coreNodes, taskNodes: nodes - coreNodes };
}

/**
 * Node counts: streaming from MB/s (10 MB/s per node), batch from the volume over the window
 * (100 GB per node-hour); at least 2 core nodes; Spot task nodes take 75% (lowest cost) or
 * 50% (balanced) of a batch cluster, none of a streaming one.
 *
 * @example
 * planEmrNodes({ data: { volumeTB: 400 }, latency: 'batch', costPriority: 'lowest' }, false);
 * // { nodes: 500, coreNodes: 125, taskNodes: 375, basis: 'window', windowHours: 8 }
 */
export function planEmrNodes(workload: Workload, streaming: boolean): NodePlan | undefined {
  const mbps = workload.ingestion?.throughputMBps;
  if (streaming && mbps !== undefined) {
    // A job that never ends keeps its executors off Spot: all nodes are On-Demand core nodes.
    const nodes = Math.max(MIN_CORE_NODES, ceilUnits(mbps / STREAMING_MBPS_PER_NODE));
    return { nodes, ...split(nodes, undefined), basis: 'stream' };
  }
  const volumeTB = workload.data?.volumeTB;
  if (streaming || volumeTB === undefined) return undefined;
  const hours = windowHours(workload.latency);
  const nodes = Math.max(MIN_CORE_NODES, ceilUnits((volumeTB * 1000) / (GB_PER_NODE_HOUR * hours)));
  return { nodes, ...split(nodes, workload.costPriority), basis: 'window', windowHours: hours };
}

/**
 * The sentences that derive the node counts from the workload's figures.
 *
 * @example
 * nodeSentences(plan, workload); // ['400 TB in an assumed 8-hour window at about 100 GB per node-hour …', …]
 */
export function nodeSentences(plan: NodePlan, workload: Workload): string[] {
  const estimate = plan.basis === 'stream'
    ? `${formatNumber(workload.ingestion?.throughputMBps ?? 0)} MB/s at about ${STREAMING_MBPS_PER_NODE} MB/s per 8-vCPU node (an estimate: tune it with the job's metrics) needs ${plural(plan.nodes, 'worker node')}`
    : `${formatNumber(workload.data?.volumeTB ?? 0)} TB in an assumed ${plan.windowHours}-hour window (${workload.latency === undefined || workload.latency === 'batch' ? 'an overnight batch run' : 'answers within the hour'}; say if yours differs) at about ${GB_PER_NODE_HOUR} GB per node-hour on 8-vCPU nodes such as m7g.2xlarge (an estimate: tune it with the first runs) needs ${plural(plan.nodes, 'worker node')}`;
  if (plan.taskNodes === 0) {
    return [`${estimate}, all of them On-Demand core nodes beside 1 primary node.`];
  }
  return [
    `${estimate}: ${plural(plan.coreNodes, 'On-Demand core node')} (they hold HDFS, which a Spot interruption would lose) and ${plural(plan.taskNodes, 'Spot task node')} (compute only), beside 1 On-Demand primary node.`,
  ];
}
