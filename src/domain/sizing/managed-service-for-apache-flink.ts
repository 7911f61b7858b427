import type { Workload } from '../workload/schema.js';
import { planShards, streamRates } from './kinesis-data-streams.js';
import type { Premise } from './premise.js';
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
/**
 * Rules of thumb, not AWS figures (AWS publishes none): the stream rate one KPU's work keeps up
 * with, about 2 MB/s for stateful windows and joins and 8 MB/s for stateless steps. Tune with the
 * application's metrics; autoscaling corrects the estimate under load.
 */
export const STATEFUL_MBPS_PER_KPU = 2;
export const STATELESS_MBPS_PER_KPU = 8;
/** Assumed when only records/s is given and no record size: 1 KB a record. */
const DEFAULT_RECORD_KB = 1;

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

/**
 * Processing KPUs from the stream's rate over what one KPU keeps up with; parallelism from the
 * KPUs and the subtasks each holds. The shard count is not the parallelism: it only bounds how
 * many source subtasks have a shard to read.
 *
 * @example
 * planFlink(50, true); // { parallelism: 25, parallelismPerKpu: 1, processingKpus: 25, kpus: 26, stateful: true }
 */
export function planFlink(mbps: number | undefined, stateful: boolean): FlinkPlan {
  const parallelismPerKpu = stateful ? STATEFUL_PARALLELISM_PER_KPU : STATELESS_PARALLELISM_PER_KPU;
  const perKpu = stateful ? STATEFUL_MBPS_PER_KPU : STATELESS_MBPS_PER_KPU;
  const processingKpus = mbps === undefined ? 1 : Math.max(1, ceilUnits(mbps / perKpu));
  return { parallelism: processingKpus * parallelismPerKpu, parallelismPerKpu, processingKpus, kpus: processingKpus + FLINK_LIMITS.orchestrationKpus, stateful };
}

/** The stream's MB/s and the premises it stands on: given, derived from records and their size, or with an assumed record size. */
function rateOf(workload: Workload): { mbps: number | undefined; premises: Premise[] } {
  const ingestion = workload.ingestion ?? {};
  if (ingestion.throughputMBps !== undefined) return { mbps: ingestion.throughputMBps, premises: [{ quantity: 'write rate', value: ingestion.throughputMBps, unit: 'MB/s', from: 'workload', field: 'ingestion.throughputMBps' }] };
  const rps = ingestion.recordsPerSecond;
  if (rps === undefined) return { mbps: undefined, premises: [{ quantity: 'write rate', value: 0, unit: 'MB/s', from: 'default', field: 'ingestion.throughputMBps' }] };
  const sizeKB = ingestion.recordSizeKB ?? DEFAULT_RECORD_KB;
  const mbps = streamRates({ recordsPerSecond: rps, recordSizeKB: sizeKB }).mbps as number;
  return {
    mbps,
    premises: [
      { quantity: 'records per second', value: rps, unit: 'records/s', from: 'workload', field: 'ingestion.recordsPerSecond' },
      ingestion.recordSizeKB === undefined
        ? { quantity: 'record size', value: DEFAULT_RECORD_KB, unit: 'KB', from: 'default', field: 'ingestion.recordSizeKB' }
        : { quantity: 'record size', value: sizeKB, unit: 'KB', from: 'workload', field: 'ingestion.recordSizeKB' },
      { quantity: 'write rate', value: Math.round(mbps * 1000) / 1000, unit: 'MB/s', from: 'derived', field: 'ingestion.throughputMBps' },
    ],
  };
}

function kpuSentences(plan: FlinkPlan, mbps: number | undefined, workload: Workload, shards: number | undefined): string[] {
  const work = workload.processing?.realTimeMetrics ? 'Live metrics keep windowed state' : 'SQL over the stream keeps state for its windows and joins';
  const perKpu = plan.stateful ? STATEFUL_MBPS_PER_KPU : STATELESS_MBPS_PER_KPU;
  const sentences = [
    mbps === undefined
      ? 'No ingest rate was given: start at 1 KPU for processing and let autoscaling raise it.'
      : `${formatNumber(mbps)} MB/s at about ${perKpu} MB/s per KPU for ${plan.stateful ? 'stateful' : 'stateless'} work (an estimate, AWS publishes no per-KPU rate: tune it with the application's metrics) needs ${plural(plan.processingKpus, 'KPU')} for processing, plus 1 for orchestration: ${plural(plan.kpus, 'KPU')}, each ${FLINK_LIMITS.vcpuPerKpu} vCPU, ${FLINK_LIMITS.memoryGBPerKpu} GB of memory and ${FLINK_LIMITS.storageGBPerKpu} GB of running application storage.`,
    plan.stateful
      ? `${work}, so each parallel subtask gets a KPU of its own (parallelism per KPU ${STATEFUL_PARALLELISM_PER_KPU}): parallelism ${formatNumber(plan.parallelism)}.`
      : `Stateless steps (no windows or joins) pack ${STATELESS_PARALLELISM_PER_KPU} parallel subtasks into each KPU (of at most ${FLINK_LIMITS.maxParallelismPerKpu}): parallelism ${formatNumber(plan.parallelism)}.`,
  ];
  if (shards !== undefined && shards < plan.parallelism) {
    sentences.push(`The source reads ${plural(shards, 'shard')}: source subtasks past ${formatNumber(shards)} sit idle, so raise the parallelism of the operators after the source, not of the source itself.`);
  }
  sentences.push(`Keep autoscaling on: it raises parallelism under sustained load and lowers it gradually, up to the application's KPU limit (${FLINK_LIMITS.defaultKpuLimit} by default).`);
  return sentences;
}

/**
 * Sizes a Managed Service for Apache Flink application: KPUs from the stream's rate over what one
 * KPU's work keeps up with (never from the shard count), parallelism from state, the
 * orchestration KPU, autoscaling, and the default 64-KPU quota.
 *
 * @example
 * sizeManagedFlink({ workload: { ingestion: { throughputMBps: 50 }, processing: { realTimeMetrics: true } }, recommended, flows: [], reading })
 *   .configuration; // { parallelism: 25, parallelismPerKpu: 1, kpus: 26, autoScaling: true }
 */
export const sizeManagedFlink: Sizer = ({ workload, recommended }) => {
  const { mbps, premises } = rateOf(workload);
  const plan = planFlink(mbps, statefulWork(workload));
  const rates = streamRates(workload.ingestion ?? {});
  const shards = recommended.has('kinesis-data-streams') && (rates.mbps !== undefined || rates.recordsPerSecond !== undefined) ? planShards(rates).shards : undefined;
  const perKpu = plan.stateful ? STATEFUL_MBPS_PER_KPU : STATELESS_MBPS_PER_KPU;
  const result: SizingResult = {
    configuration: { parallelism: plan.parallelism, parallelismPerKpu: plan.parallelismPerKpu, kpus: plan.kpus, autoScaling: true },
    rationale: kpuSentences(plan, mbps, workload, shards),
    warnings: [],
    premises: [...premises, { quantity: 'stream rate one KPU keeps up with', value: perKpu, unit: 'MB/s', from: 'default' }],
  };
  if (plan.processingKpus > FLINK_LIMITS.defaultKpuLimit) {
    result.warnings.push({
      code: 'stream-limit',
      message: `${plural(plan.kpus, 'KPU')} exceed the default quota of ${FLINK_LIMITS.defaultKpuLimit} KPUs per Flink application: request an increase in Service Quotas before launch, or split the work across applications (by topic or key range).`,
    });
  }
  return result;
};
