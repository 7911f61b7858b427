import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/** The EC2 On-Demand quota (in vCPUs) each family group counts against (Amazon EC2 User Guide, "On-Demand Instance quotas"). */
export const QUOTA_NAMES = {
  p: 'Running On-Demand P instances',
  g: 'Running On-Demand G and VT instances',
  inf: 'Running On-Demand Inf instances',
  trn: 'Running On-Demand Trn instances',
  standard: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
} as const;
export type QuotaGroup = keyof typeof QUOTA_NAMES;

export interface InstanceShape {
  type: string;
  vcpus: number;
  accelerators: string;
  quota: QuotaGroup;
}

/**
 * Current accelerated shapes (checked 2026-11-30): Amazon EC2 accelerated computing instance types,
 * the AWS Batch GPU-jobs table (g5, g6) and the Neuron hardware pages (trn1, inf2).
 */
export const INSTANCES: Readonly<Record<string, InstanceShape>> = {
  'p5.48xlarge': { type: 'p5.48xlarge', vcpus: 192, accelerators: '8 NVIDIA H100', quota: 'p' },
  'p5.4xlarge': { type: 'p5.4xlarge', vcpus: 16, accelerators: '1 NVIDIA H100', quota: 'p' },
  'p5e.48xlarge': { type: 'p5e.48xlarge', vcpus: 192, accelerators: '8 NVIDIA H200', quota: 'p' },
  'p5en.48xlarge': { type: 'p5en.48xlarge', vcpus: 192, accelerators: '8 NVIDIA H200', quota: 'p' },
  'p6-b200.48xlarge': { type: 'p6-b200.48xlarge', vcpus: 192, accelerators: '8 NVIDIA B200', quota: 'p' },
  'g6.xlarge': { type: 'g6.xlarge', vcpus: 4, accelerators: '1 NVIDIA L4', quota: 'g' },
  'g6e.xlarge': { type: 'g6e.xlarge', vcpus: 4, accelerators: '1 NVIDIA L40S', quota: 'g' },
  'g5.xlarge': { type: 'g5.xlarge', vcpus: 4, accelerators: '1 NVIDIA A10G', quota: 'g' },
  'trn1.32xlarge': { type: 'trn1.32xlarge', vcpus: 128, accelerators: '16 Trainium', quota: 'trn' },
  'inf2.xlarge': { type: 'inf2.xlarge', vcpus: 4, accelerators: '1 Inferentia2', quota: 'inf' },
};

/** Training: multi-GPU P5 first, one-GPU G6 for smaller models, Trainium as the AWS-silicon choice. */
export const TRAINING_FAMILIES: readonly string[] = ['p5', 'p5e', 'p5en', 'p6-b200', 'g6', 'g6e', 'trn1', 'trn2'];
/** Inference: one-GPU G6/G6e (G5 still common) and Inferentia2. */
export const INFERENCE_FAMILIES: readonly string[] = ['g6', 'g6e', 'g5', 'inf2'];

/**
 * vCPUs of On-Demand quota per quota group for a set of instances: EC2 counts vCPUs, not instances.
 *
 * @example
 * quotaVcpus([['p5.48xlarge', 1]]); // { p: 192 }
 */
export function quotaVcpus(instances: ReadonlyArray<readonly [string, number]>): Partial<Record<QuotaGroup, number>> {
  const totals: Partial<Record<QuotaGroup, number>> = {};
  for (const [type, count] of instances) {
    const shape = INSTANCES[type];
    totals[shape.quota] = (totals[shape.quota] ?? 0) + shape.vcpus * count;
  }
  return totals;
}

/**
 * The sentence that turns one instance into the vCPUs of quota to request.
 *
 * @example
 * ec2QuotaSentence('p5.48xlarge'); // 'One p5.48xlarge (8 NVIDIA H100) has 192 vCPUs: request at least 192 vCPUs of "Running On-Demand P instances" …'
 */
export function ec2QuotaSentence(type: string): string {
  const shape = INSTANCES[type];
  return `One ${shape.type} (${shape.accelerators}) has ${plural(shape.vcpus, 'vCPU')}: request at least ${formatNumber(shape.vcpus)} vCPUs of "${QUOTA_NAMES[shape.quota]}" in the Region, ${formatNumber(shape.vcpus)} more for each further instance.`;
}

/**
 * SageMaker AI counts instances per type and use, not vCPUs: the quota names for a type.
 *
 * @example
 * sageMakerQuotaName('ml.p5.48xlarge', 'training'); // 'ml.p5.48xlarge for training job usage'
 */
export function sageMakerQuotaName(type: string, use: 'training' | 'endpoint' | 'transform'): string {
  return `${type} for ${use === 'training' ? 'training job' : use === 'transform' ? 'transform job' : 'endpoint'} usage`;
}
