import type { Workload } from '../workload/schema.js';
import { type BatchRun, batchRun, runInputSentence } from './batch-run.js';
import type { Premise } from './premise.js';
import { ceilUnits } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/** Rule of thumb, not an AWS figure: an 8-vCPU node (m7g.2xlarge class) processes about 100 GB an hour of Spark ETL over S3. */
export const GB_PER_NODE_HOUR = 100;
/** Rule of thumb, not an AWS figure: about 10 MB/s per 8-vCPU node for a streaming job. */
export const STREAMING_MBPS_PER_NODE = 10;
/** Two core nodes at least: they hold HDFS for shuffle and temporary data, kept with a replica. */
export const MIN_CORE_NODES = 2;
/** With the data in S3 (EMRFS) the core group only holds temporary HDFS data: about one node in ten, the rest task nodes. */
const CORE_SHARE_ON_S3 = 0.1;

export interface NodePlan {
  /** Core plus task nodes, beside the one primary node. */
  nodes: number;
  coreNodes: number;
  taskNodes: number;
  basis: 'run' | 'stream';
  run?: BatchRun;
  premises: Premise[];
}

/**
 * Splits the nodes of a batch cluster on S3: a small On-Demand core group (at least 2, about a
 * tenth), the rest task nodes; HBase keeps its data on core nodes, so all of them stay core.
 */
function split(nodes: number, hbase: boolean): Pick<NodePlan, 'coreNodes' | 'taskNodes'> {
  if (hbase || nodes <= MIN_CORE_NODES) return { coreNodes: nodes, taskNodes: 0 };
  const coreNodes = Math.min(nodes, Math.max(MIN_CORE_NODES, ceilUnits(nodes * CORE_SHARE_ON_S3)));
  return { coreNodes, taskNodes: nodes - coreNodes };
}

/**
 * Node counts: a streaming job from MB/s (10 MB/s per node, all core); a batch job from the data
 * one run reads over its window (100 GB per node-hour), never from what is stored.
 *
 * @example
 * planEmrNodes({ data: { volumeTB: 400 }, processing: { inputPerRunGB: 3000, runWindowHours: 6 } }, false).nodes; // 5
 */
export function planEmrNodes(workload: Workload, streaming: boolean): NodePlan | undefined {
  const hbase = workload.processing?.frameworks?.includes('hbase') === true;
  const mbps = workload.ingestion?.throughputMBps;
  if (streaming) {
    if (mbps === undefined) return undefined;
    // A job that never ends keeps its executors off Spot: all nodes are On-Demand core nodes.
    const nodes = Math.max(MIN_CORE_NODES, ceilUnits(mbps / STREAMING_MBPS_PER_NODE));
    const premises: Premise[] = [
      { quantity: 'write rate', value: mbps, unit: 'MB/s', from: 'workload', field: 'ingestion.throughputMBps' },
      { quantity: 'stream rate one node processes', value: STREAMING_MBPS_PER_NODE, unit: 'MB/s', from: 'default' },
    ];
    return { nodes, coreNodes: nodes, taskNodes: 0, basis: 'stream', premises };
  }
  const run = batchRun(workload, 'the EMR cluster');
  const nodes = Math.max(MIN_CORE_NODES, ceilUnits(run.gb / (GB_PER_NODE_HOUR * run.windowHours)));
  const premises: Premise[] = [...run.premises, { quantity: 'data one node processes', value: GB_PER_NODE_HOUR, unit: 'GB per node-hour', from: 'default' }];
  return { nodes, ...split(nodes, hbase), basis: 'run', run, premises };
}

/**
 * The sentences that derive the node counts from the workload's figures.
 *
 * @example
 * nodeSentences(plan, workload, true); // ['Each run reads 3,000 GB …', '3,000 GB in 6 hours at about 100 GB per node-hour …']
 */
export function nodeSentences(plan: NodePlan, workload: Workload, spot: boolean): string[] {
  if (plan.basis === 'stream') {
    return [
      `${formatNumber(workload.ingestion?.throughputMBps ?? 0)} MB/s at about ${STREAMING_MBPS_PER_NODE} MB/s per 8-vCPU node (an estimate: tune it with the job's metrics) needs ${plural(plan.nodes, 'worker node')}, all of them On-Demand core nodes beside 1 primary node.`,
    ];
  }
  const run = plan.run as BatchRun;
  const estimate = `${formatNumber(run.gb)} GB in ${formatNumber(run.windowHours)} hours at about ${GB_PER_NODE_HOUR} GB per node-hour on 8-vCPU nodes such as m7g.2xlarge (an estimate: tune it with the first runs) needs ${plural(plan.nodes, 'worker node')}`;
  const sentences = [runInputSentence(run, workload)];
  if (plan.taskNodes === 0) sentences.push(`${estimate}, all of them On-Demand core nodes beside 1 primary node.`);
  else {
    sentences.push(
      `${estimate}: the data stays in S3 (EMRFS), so only ${plural(plan.coreNodes, 'core node')} hold temporary HDFS data On-Demand, and ${plural(plan.taskNodes, 'task node')} do the rest of the work${spot ? ' on Spot, since a batch job can retry the tasks an interruption stops' : ' On-Demand'}, beside 1 On-Demand primary node.`,
    );
  }
  return sentences;
}
