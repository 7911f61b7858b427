import type { Workload } from '../workload/schema.js';
import { type NodePlan, nodeSentences, planEmrNodes } from './emr-nodes.js';
import { type Configuration, type Sizer, type SizingInput, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';

const APPLICATION_NAMES: Readonly<Record<string, string>> = {
  spark: 'Spark',
  hadoop: 'Hadoop',
  hbase: 'HBase',
  flink: 'Flink',
  presto: 'Trino (PrestoSQL)',
  hive: 'Hive',
};

/** The applications EMR Serverless runs (Amazon EMR Serverless User Guide): the rest need a cluster. */
const SERVERLESS_APPLICATIONS: readonly string[] = ['Spark', 'Hive'];

/** Spot capacity gets a two-minute interruption notice (Amazon EC2 User Guide, "Spot Instance interruption notices"). */
const SPOT_NOTICE = "two minutes' notice";

/** The applications the cluster installs, Spark when none is named or Spark ML pipelines run on it. */
function applicationsOf(workload: Workload): string[] {
  const frameworks = (workload.processing?.frameworks ?? []) as string[];
  const applications = Object.keys(APPLICATION_NAMES)
    .filter((f) => frameworks.includes(f))
    .map((f) => APPLICATION_NAMES[f]);
  if ((applications.length === 0 || workload.ml?.sparkPipeline) && !applications.includes('Spark')) applications.unshift('Spark');
  return applications;
}

/** The job runs around the clock on streams: the flows EMR serves stream, or (for the whole workload) all its data does. */
function streamingJob({ flows, reading }: SizingInput): boolean {
  if (flows.length > 0) return flows.every((flow) => flow.arrival === 'stream');
  return reading.streaming && !reading.atRest && !reading.migration;
}

/** Where the data sits: S3 through EMRFS, whatever the volume. */
function storageSentence(volume: number): string {
  return volume >= 1000
    ? `${formatNumber(volume)} TB (${formatNumber(volume / 1000)} PB) is petabyte scale: read and write S3 directly through EMRFS rather than copying into HDFS.`
    : `${formatNumber(volume)} TB stays in S3 and is read through EMRFS, so the cluster can be resized or shut down without losing data.`;
}

/** Node counts and purchase options into the configuration. */
function nodeConfiguration(plan: NodePlan | undefined, spot: boolean): Configuration {
  const configuration: Configuration = { primaryNodes: 1, primaryAndCoreNodes: 'on-demand' };
  if (plan) {
    configuration.coreNodes = plan.coreNodes;
    configuration.taskNodes = plan.taskNodes;
    configuration.workerNodes = plan.nodes;
    if (plan.run) configuration.processingWindowHours = plan.run.windowHours;
  }
  configuration.taskPurchaseOption = spot ? 'spot' : 'on-demand';
  return configuration;
}

/** The caution for a 24/7 streaming job whose executors may sit on Spot task nodes. */
function spotStreamingWarning(): { code: string; message: string } {
  return {
    code: 'spot-streaming',
    message: `A streaming job runs around the clock, and Spot task nodes can be reclaimed with ${SPOT_NOTICE}: each interruption restarts the executors on them and delays the stream. Keep the streaming executors on On-Demand core nodes, checkpoint to S3, and use Spot task nodes only for batch work.`,
  };
}

/** EMR Serverless when no cluster has to stay up: batch Spark or Hive jobs, nothing stored on the nodes. */
function serverlessSentence(applications: readonly string[], streaming: boolean, recommended: SizingInput['recommended']): string[] {
  if (streaming || recommended.has('emr-serverless') || !applications.every((a) => SERVERLESS_APPLICATIONS.includes(a))) return [];
  return [
    `${applications.join(' and ')} batch jobs leave no cluster to keep between runs: EMR Serverless runs the same jobs with no nodes to size, billing per second for the vCPU and memory each job uses.`,
  ];
}

/**
 * EMR cluster shape: applications, core and task node counts from the data one run reads over its
 * window (or the stream's rate), never from what is stored; a small On-Demand core group, Spot
 * task nodes for batch work when cost matters, none for a streaming job (said in a caution).
 *
 * @example
 * sizeEmr({ workload: { processing: { inputPerRunGB: 3000, runWindowHours: 6 }, costPriority: 'lowest' }, recommended, flows: [], reading })
 *   .configuration; // { applications: ['Spark'], coreNodes: 2, taskNodes: 3, workerNodes: 5, taskPurchaseOption: 'spot', … }
 */
export const sizeEmr: Sizer = (input) => {
  const { workload, recommended } = input;
  const applications = applicationsOf(workload);
  const streaming = streamingJob(input);
  const plan = planEmrNodes(workload, streaming);
  // Spot only where a job can retry what an interruption stops: batch work, when cost counts.
  const spot = !streaming && (workload.costPriority === 'lowest' || workload.costPriority === 'balanced') && (plan?.taskNodes ?? 1) > 0;
  const result: SizingResult = {
    configuration: { applications, ...nodeConfiguration(plan, spot), storage: 'S3 through EMRFS' },
    rationale: [],
    warnings: [],
    premises: plan?.premises ?? [],
  };
  const volume = workload.data?.volumeTB;
  if (volume !== undefined) result.rationale.push(storageSentence(volume));
  if (plan) result.rationale.push(...nodeSentences(plan, workload, spot));
  if (plan?.run?.guess) {
    result.warnings.push({ code: 'sizing-guess', message: plan.run.guess.message });
    result.asks = [{ field: plan.run.guess.field, why: 'decides the size of the cluster: one run reads it, not the whole store' }];
  }
  if (applications.includes('HBase')) {
    result.rationale.push('HBase keeps its data on core nodes (or on S3 with HBase on S3), so core nodes stay On-Demand.');
  }
  if (streaming && (workload.costPriority === 'lowest' || workload.costPriority === 'balanced')) result.warnings.push(spotStreamingWarning());
  result.rationale.push(...serverlessSentence(applications, streaming, recommended));
  if (recommended.has('sagemaker-spark')) result.configuration.sagemakerSparkSdk = true;
  return result;
};

/**
 * Task nodes on Spot: compute without data, the way to cut EMR cost.
 *
 * @example
 * sizeEmrTaskNodes({ workload: { costPriority: 'lowest' }, recommended, flows: [], reading }).configuration.purchaseOption; // 'spot'
 */
export const sizeEmrTaskNodes: Sizer = ({ workload }) => {
  const lowest = workload.costPriority === 'lowest';
  return {
    configuration: {
      purchaseOption: 'spot',
      allocation: 'instance fleet, several instance types (up to 5, or 30 through the API with an allocation strategy)',
      maxTaskInstanceGroups: 48,
    },
    rationale: [
      `Task nodes hold no HDFS data, so a Spot interruption (${SPOT_NOTICE}) costs only the work in flight, never data${lowest ? '; with cost the top priority, put most compute on them' : ''}.`,
      'Spread the Spot task fleet over several instance types so one reclaimed type does not stall the job.',
    ],
    warnings: [],
  };
};
