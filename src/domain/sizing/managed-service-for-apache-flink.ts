import type { Workload } from '../workload/schema.js';
import { planShards, streamRates } from './kinesis-data-streams.js';
import { ceilUnits, type Sizer, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/**
 * Kinesis Processing Units. Managed Service for Apache Flink Developer Guide, "Application resources"
 * (how-resources.html: 1 KPU = 1 vCPU, 4 GB memory, 50 GB running application storage; one extra KPU
 * for orchestration) and "Application scaling" (how-scaling.html: parallelism per KPU up to 8, 64 KPUs by default).
 */
export const FLINK_LIMITS = {
  vcpuPerKpu: 1,
  memoryGBPerKpu: 4,
  storageGBPerKpu: 50,
  orchestrationKpus: 1,
  maxParallelismPerKpu: 8,
  defaultKpuLimit: 64,
} as const;

/** Rule of thumb: 1 subtask per KPU for stateful windows and joins (each gets a KPU's memory), 4 for stateless steps. */
export const STATEFUL_PARALLELISM_PER_KPU = 1;
export const STATELESS_PARALLELISM_PER_KPU = 4;
/** Rule of thumb without a shard count: one parallel subtask per MB/s, a shard's write rate. */
export const MBPS_PER_SUBTASK = 1;

export interface FlinkPlan {
  parallelism: number;
  parallelismPerKpu: number;
  /** KPUs for processing, without the orchestration KPU. */
  processingKpus: number;
  kpus: number;
  stateful: boolean;
}

/** Windows, joins and aggregations keep state: live metrics, or SQL over the stream. */
const statefulWork = (workload: Workload) => workload.processing?.realTimeMetrics === true || workload.processing?.streamingSql === true;

/** Parallelism from the shards it reads, else from MB/s, else the default of 1; with the sentence that says why. */
function parallelismOf(workload: Workload, fromKinesis: boolean): { parallelism: number; sentence: string } {
  const rates = streamRates(workload.ingestion ?? {});
  if (fromKinesis && (rates.mbps !== undefined || rates.recordsPerSecond !== undefined)) {
    const { shards } = planShards(rates);
    return { parallelism: shards, sentence: `The Kinesis data stream has ${plural(shards, 'shard')}: parallelism ${formatNumber(shards)}, one source subtask per shard.` };
  }
  if (rates.mbps !== undefined) {
    const parallelism = Math.max(1, ceilUnits(rates.mbps / MBPS_PER_SUBTASK));
    return {
      parallelism,
      sentence: `${formatNumber(rates.mbps)} MB/s with no shard count: parallelism ${formatNumber(parallelism)}, at about ${MBPS_PER_SUBTASK} MB/s per parallel subtask (an estimate: tune it with the application's metrics).`,
    };
  }
  return { parallelism: 1, sentence: 'No ingest rate was given: start at parallelism 1, the default, and let autoscaling raise it.' };
}

/**
 * KPUs = ceil(parallelism ÷ parallelism per KPU) + 1 for orchestration.
 *
 * @example
 * planFlink(50, true); // { parallelism: 50, parallelismPerKpu: 1, processingKpus: 50, kpus: 51, stateful: true }
 */
export function planFlink(parallelism: number, stateful: boolean): FlinkPlan {
  const parallelismPerKpu = stateful ? STATEFUL_PARALLELISM_PER_KPU : STATELESS_PARALLELISM_PER_KPU;
  const processingKpus = ceilUnits(parallelism / parallelismPerKpu);
  return { parallelism, parallelismPerKpu, processingKpus, kpus: processingKpus + FLINK_LIMITS.orchestrationKpus, stateful };
}

function kpuSentences(plan: FlinkPlan, workload: Workload): string[] {
  const work = workload.processing?.realTimeMetrics ? 'Live metrics keep windowed state' : 'SQL over the stream keeps state for its windows and joins';
  return [
    plan.stateful
      ? `${work}, so each parallel subtask gets a KPU of its own (parallelism per KPU ${STATEFUL_PARALLELISM_PER_KPU}).`
      : `Stateless steps (no windows or joins) can pack ${STATELESS_PARALLELISM_PER_KPU} parallel subtasks into each KPU (parallelism per KPU ${STATELESS_PARALLELISM_PER_KPU}, of at most ${FLINK_LIMITS.maxParallelismPerKpu}).`,
    `${formatNumber(plan.parallelism)} ÷ ${plan.parallelismPerKpu} = ${plural(plan.processingKpus, 'KPU')} for processing, plus 1 for orchestration: ${plural(plan.kpus, 'KPU')}, each ${FLINK_LIMITS.vcpuPerKpu} vCPU, ${FLINK_LIMITS.memoryGBPerKpu} GB of memory and ${FLINK_LIMITS.storageGBPerKpu} GB of running application storage.`,
    `Keep autoscaling on: it raises parallelism under sustained load and lowers it gradually, up to the application's KPU limit (${FLINK_LIMITS.defaultKpuLimit} by default).`,
  ];
}

/**
 * Sizes a Managed Service for Apache Flink application: parallelism from
 * the shards (or MB/s), parallelism per KPU from state, KPUs with the
 * orchestration KPU, autoscaling, and the default 64-KPU limit.
 *
 * @example
 * sizeManagedFlink({ workload: { ingestion: { throughputMBps: 50 }, processing: { realTimeMetrics: true } }, recommended, flows: [], reading })
 *   .configuration; // { parallelism: 50, parallelismPerKpu: 1, kpus: 51, autoScaling: true }
 */
export const sizeManagedFlink: Sizer = ({ workload, recommended }) => {
  const { parallelism, sentence } = parallelismOf(workload, recommended.has('kinesis-data-streams'));
  const plan = planFlink(parallelism, statefulWork(workload));
  const result: SizingResult = {
    configuration: { parallelism: plan.parallelism, parallelismPerKpu: plan.parallelismPerKpu, kpus: plan.kpus, autoScaling: true },
    rationale: [sentence, ...kpuSentences(plan, workload)],
    warnings: [],
  };
  if (plan.processingKpus > FLINK_LIMITS.defaultKpuLimit) {
    result.warnings.push({
      code: 'kpu-limit',
      message: `${plural(plan.processingKpus, 'KPU')} exceed the default limit of ${FLINK_LIMITS.defaultKpuLimit} KPUs per Flink application: request an increase before launch, or split the work across applications.`,
    });
  }
  return result;
};
