import type { Sizer } from './types.js';

/**
 * Which Deep Learning AMI exists today for the frameworks named.
 *
 * @example
 * sizeDeepLearningAmi({ workload: { ml: { frameworks: ['pytorch'] } }, recommended, flows: [], reading }).configuration.ami;
 * // ['Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.x (Ubuntu 24.04)']
 */
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
      `The conda-based multi-framework Deep Learning AMI is no longer offered for GPUs; today's equivalent is the single-framework DLAMI: ${images.join(' and ')}.`,
      ...(mxnet ? ['MXNet and Gluon were retired to the Apache Attic in 2023 and no current DLAMI ships them: port the model to PyTorch or pin an old image.'] : []),
    ],
    warnings: [],
  };
};

/**
 * The base DLAMI for a self-built stack.
 *
 * @example
 * sizeBaseAmi(input).configuration.ami; // ['Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 24.04)']
 */
export const sizeBaseAmi: Sizer = () => ({
  configuration: { ami: ['Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 24.04)'] },
  rationale: ['The base DLAMI brings the NVIDIA driver, CUDA, cuDNN and NCCL and nothing above them, so your own low-level stack owns the rest.'],
  warnings: [],
});
