import { ceilUnits } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

export type WorkerType = 'G.025X' | 'G.1X' | 'G.2X' | 'G.4X' | 'G.8X';

/** Worker shapes: 1 DPU = 4 vCPU and 16 GB (Glue Developer Guide, "Worker types"). G.025X is for streaming jobs only. */
export const GLUE_WORKERS: Readonly<Record<WorkerType, { dpu: number; vcpu: number; memoryGB: number }>> = {
  'G.025X': { dpu: 0.25, vcpu: 2, memoryGB: 4 },
  'G.1X': { dpu: 1, vcpu: 4, memoryGB: 16 },
  'G.2X': { dpu: 2, vcpu: 8, memoryGB: 32 },
  'G.4X': { dpu: 4, vcpu: 16, memoryGB: 64 },
  'G.8X': { dpu: 8, vcpu: 32, memoryGB: 128 },
};

/** Rule of thumb, not an AWS figure: about 10 GB per DPU per run; tune it with the job's metrics. */
export const GB_PER_DPU_PER_RUN = 10;
/** A Spark job needs at least 2 workers (Glue Developer Guide, "Defining job properties for Spark jobs"). */
export const MIN_SPARK_WORKERS = 2;
/** Below about 10 GB a run, a Python shell job (1 DPU) is cheaper than a Spark cluster. */
export const PYTHON_SHELL_MAX_GB = 10;
/** Largest worker type first: the per-run GB from which each type is chosen. */
const TYPE_BY_RUN_GB: ReadonlyArray<readonly [number, WorkerType]> = [
  [10_000, 'G.8X'],
  [1_000, 'G.4X'],
  [100, 'G.2X'],
  [0, 'G.1X'],
];

/**
 * Worker type by the size of one run: G.1X below 100 GB, G.2X to 1 TB, G.4X
 * to 10 TB, G.8X beyond; Flex stays on G.2X at most, where it began.
 *
 * @example
 * workerTypeFor(500, false); // 'G.2X'
 */
export function workerTypeFor(gb: number, flex: boolean): WorkerType {
  const type = (TYPE_BY_RUN_GB.find(([from]) => gb >= from) ?? TYPE_BY_RUN_GB[TYPE_BY_RUN_GB.length - 1])[1];
  return flex && GLUE_WORKERS[type].dpu > GLUE_WORKERS['G.2X'].dpu ? 'G.2X' : type;
}

/**
 * Workers = ceil(GB per run ÷ (10 GB × DPU per worker)), at least 2.
 *
 * @example
 * workersFor(172.8, 'G.2X'); // 9
 */
export function workersFor(gb: number, type: WorkerType): number {
  return Math.max(MIN_SPARK_WORKERS, ceilUnits(gb / (GB_PER_DPU_PER_RUN * GLUE_WORKERS[type].dpu)));
}

/**
 * A worker's shape for a sentence.
 *
 * @example
 * workerShape('G.2X'); // '2 DPU, 8 vCPU and 32 GB each'
 */
export function workerShape(type: WorkerType): string {
  const { dpu, vcpu, memoryGB } = GLUE_WORKERS[type];
  return `${formatNumber(dpu)} DPU, ${formatNumber(vcpu)} vCPU and ${formatNumber(memoryGB)} GB each`;
}

/**
 * The sentence that derives the workers from one run's volume.
 *
 * @example
 * workersSentence(172.8, 'G.2X', 9); // 'At about 10 GB per DPU per run (an estimate: …), 172.8 GB needs 9 G.2X workers …'
 */
export function workersSentence(gb: number, type: WorkerType, workers: number): string {
  const floor = workers === MIN_SPARK_WORKERS && gb / (GB_PER_DPU_PER_RUN * GLUE_WORKERS[type].dpu) < MIN_SPARK_WORKERS ? ' (the minimum for a Spark job)' : '';
  return `At about ${GB_PER_DPU_PER_RUN} GB per DPU per run (an estimate: tune it with the job's metrics), ${formatNumber(gb)} GB needs ${plural(workers, `${type} worker`)}${floor}, ${workerShape(type)}; G.2X starts at 100 GB a run, G.4X at 1 TB and G.8X at 10 TB.`;
}
