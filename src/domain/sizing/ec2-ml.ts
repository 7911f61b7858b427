import type { Sizer } from './types.js';

const DEEP_LEARNING: readonly string[] = ['tensorflow', 'keras', 'pytorch', 'mxnet', 'gluon'];

/** GPU instance families and the quota to request for them. */
export const sizeAcceleratedComputing: Sizer = ({ workload }) => {
  const training = workload.ml?.training === true;
  const inference = workload.ml?.inference === true;
  const families: string[] = [];
  if (training || !inference) families.push('p5', 'p4d', 'g6', 'g5');
  if (inference) families.push(...['g6', 'g5', 'inf2'].filter((f) => !families.includes(f)));
  return {
    configuration: {
      instanceFamilies: families,
      serviceQuotas: ['Running On-Demand P instances', 'Running On-Demand G and VT instances'],
    },
    rationale: [
      training
        ? 'P instances (p5, p4d) for large multi-GPU training; G instances (g6, g5) for single-GPU training at lower cost.'
        : 'G instances (g6, g5) or Inferentia (inf2) serve deep-learning models at the lowest cost per prediction.',
      'GPU quotas are counted in vCPUs per family group (P; G and VT), separately for On-Demand and Spot.',
    ],
    warnings: [],
  };
};

/** CPU instance families for classic ML. */
export const sizeComputeOptimized: Sizer = ({ workload }) => {
  const frameworks = (workload.ml?.frameworks ?? []).filter((f) => !DEEP_LEARNING.includes(f));
  return {
    configuration: { instanceFamilies: ['c7i', 'c7g', 'c6i'], serviceQuotas: ['Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances'] },
    rationale: [
      `${frameworks.length > 0 ? frameworks.join(' and ') : 'CPU-bound ML'} runs on many fast cores: C instances (c7i, or Graviton c7g for lower cost) give the most CPU per dollar.`,
    ],
    warnings: [],
  };
};

/** Which Deep Learning AMI exists today for the frameworks named. */
export const sizeDeepLearningAmi: Sizer = ({ workload }) => {
  const frameworks = workload.ml?.frameworks ?? [];
  const images: string[] = [];
  if (frameworks.includes('pytorch')) images.push('Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.x (Ubuntu 24.04)');
  if (frameworks.includes('tensorflow') || frameworks.includes('keras')) {
    images.push('Deep Learning OSS Nvidia Driver AMI GPU TensorFlow 2.x (Ubuntu 22.04)');
  }
  const mxnet = frameworks.includes('mxnet') || frameworks.includes('gluon');
  if (images.length === 0) images.push('Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.x (Ubuntu 24.04)');
  return {
    configuration: { ami: images, packageManager: 'conda or pip virtual environments on the image' },
    rationale: [
      `The conda-based multi-framework DLAMI of the cards is no longer offered for GPUs; today's equivalent is the single-framework DLAMI: ${images.join(' and ')}.`,
      ...(mxnet ? ['MXNet and Gluon were retired to the Apache Attic in 2023 and no current DLAMI ships them: port the model to PyTorch or pin an old image.'] : []),
    ],
    warnings: [],
  };
};

/** The base DLAMI for a self-built stack. */
export const sizeBaseAmi: Sizer = () => ({
  configuration: { ami: ['Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 24.04)'] },
  rationale: ['The base DLAMI brings the NVIDIA driver, CUDA, cuDNN and NCCL and nothing above them, so your own low-level stack owns the rest.'],
  warnings: [],
});
