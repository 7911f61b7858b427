import { describe, expect, it } from 'vitest';
import { quotaVcpus } from '../../src/domain/sizing/accelerated-instances.js';
import { sizeBaseAmi, sizeDeepLearningAmi } from '../../src/domain/sizing/dlami.js';
import { sizeAcceleratedComputing, sizeComputeOptimized } from '../../src/domain/sizing/ec2-ml.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const gpu = (workload: Workload, recommended: string[] = []) => sizeWith(sizeAcceleratedComputing, workload, recommended);

describe('GPU quotas as vCPU arithmetic per instance type', () => {
  it('asks a new account for 192 vCPUs of P quota for one p5.48xlarge', () => {
    const sized = gpu({ ml: { training: true, frameworks: ['pytorch'] }, account: { isNew: true } });
    expect(sized.configuration).toMatchObject({ instanceTypes: ['p5.48xlarge'], serviceQuotas: ['Running On-Demand P instances'], trainingQuotaVcpus: 192 });
    const text = prose(sized);
    expect(text).toContain('One p5.48xlarge (8 NVIDIA H100) has 192 vCPUs: request at least 192 vCPUs of "Running On-Demand P instances"');
    expect(text).toContain('a new account often starts the P and G groups at 0');
    expectCleanProse(sized);
  });

  it('adds vCPUs per instance within a quota group', () => {
    expect(quotaVcpus([['p5.48xlarge', 2], ['p6-b200.48xlarge', 1], ['g6.xlarge', 3]])).toEqual({ p: 576, g: 12 });
    expect(quotaVcpus([['inf2.xlarge', 1], ['trn1.32xlarge', 1]])).toEqual({ inf: 4, trn: 128 });
  });

  it('names current families: P5, P5e, P5en, P6-B200, G6, G6e, Trainium and Inferentia2', () => {
    const training = gpu({ ml: { training: true, frameworks: ['pytorch'] } }).configuration.instanceFamilies;
    expect(training).toEqual(expect.arrayContaining(['p5', 'p5e', 'p5en', 'p6-b200', 'g6', 'g6e', 'trn1', 'trn2']));
    expect(training).not.toContain('p4d');
    expect(gpu({ ml: { inference: true, frameworks: ['pytorch'] } }).configuration.instanceFamilies).toEqual(['g6', 'g6e', 'g5', 'inf2']);
  });
});

describe('SageMaker AI quotas when SageMaker is the platform', () => {
  it("names SageMaker's per-instance training quota instead of EC2's vCPU quota", () => {
    const sized = gpu({ ml: { training: true, frameworks: ['pytorch'] } }, ['sagemaker']);
    expect(sized.configuration.serviceQuotas).toEqual(['ml.p5.48xlarge for training job usage']);
    expect(sized.configuration.trainingQuotaVcpus).toBeUndefined();
    expect(prose(sized)).not.toContain('Running On-Demand');
  });

  it('names the quota of the use: endpoint for served predictions, transform job for batch scoring, none for a model SageMaker serves on CPU', () => {
    expect(gpu({ ml: { inference: true, frameworks: ['pytorch'], requestsPerSecond: 50 } }, ['sagemaker']).configuration.serviceQuotas).toEqual(['ml.g6.xlarge for endpoint usage']);
    expect(gpu({ ml: { inference: true, frameworks: ['pytorch'], gpu: true }, latency: 'batch' }, ['sagemaker']).configuration.serviceQuotas).toEqual(['ml.g6.xlarge for transform job usage']);
    const onCpu = gpu({ ml: { inference: true, frameworks: ['pytorch'] } }, ['sagemaker']);
    expect(onCpu.configuration.serviceQuotas).toBeUndefined();
    expect(prose(onCpu)).toContain('no GPU quota is needed');
    expect(sizeWith(sizeComputeOptimized, { ml: { training: true, frameworks: ['xgboost'] } }, ['sagemaker']).configuration.serviceQuotas).toEqual([
      'ml.c5.2xlarge for training job usage',
    ]);
  });
});

describe('training and inference said right', () => {
  it('speaks of latency and cost per prediction for inference, never of training faster', () => {
    const sized = gpu({ ml: { inference: true, frameworks: ['tensorflow'] } });
    const text = prose(sized);
    expect(text).not.toMatch(/train(s|ing)? (far )?faster/);
    expect(text).toContain('keep latency low');
    expect(text).toContain('lowest cost per prediction');
    expect(sized.configuration).toMatchObject({ inferenceQuotaVcpus: 4, serviceQuotas: ['Running On-Demand G and VT instances'] });
    expect(text).toContain('"Running On-Demand Inf instances"');
    expectCleanProse(sized);
  });

  it('says "train faster" only when models are trained', () => {
    expect(prose(gpu({ ml: { training: true, frameworks: ['pytorch'] } }))).toContain('train large models faster');
  });

  it('leaves Trainium and Inferentia out for frameworks the Neuron SDK does not compile', () => {
    const sized = gpu({ ml: { inference: true, training: true, frameworks: ['mxnet'] } });
    expect(sized.configuration.instanceFamilies).not.toEqual(expect.arrayContaining(['inf2']));
    expect(prose(sized)).not.toContain('Inferentia');
  });
});

describe('Deep Learning AMIs', () => {
  it('speaks of the AMI without citing the cards', () => {
    expectCleanProse(sizeWith(sizeDeepLearningAmi, { ml: { frameworks: ['pytorch', 'mxnet'] } }));
    expectCleanProse(sizeWith(sizeBaseAmi, {}));
  });
});
