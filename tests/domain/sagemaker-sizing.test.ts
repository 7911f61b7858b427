import { describe, expect, it } from 'vitest';
import { SIZERS } from '../../src/domain/sizing/index.js';
import { sizeSageMaker } from '../../src/domain/sizing/sagemaker.js';
import type { Workload } from '../../src/domain/workload/schema.js';
import { expectCleanProse, prose, sizeWith } from './sizing-input.js';

const size = (workload: Workload) => sizeWith(sizeSageMaker, workload, ['sagemaker']);
const serve = (ml: Workload['ml'], rest: Workload = {}): Workload => ({ ...rest, ml: { inference: true, ...ml } });

describe('SageMaker AI endpoint kind by traffic and latency', () => {
  it('is registered for the sagemaker service', () => {
    expect(SIZERS.sagemaker).toBe(sizeSageMaker);
  });

  it('serves steady traffic at real-time latency from a real-time endpoint with auto scaling', () => {
    const sized = size(serve({ frameworks: ['pytorch'] }, { ingestion: { recordsPerSecond: 50 }, latency: 'real-time' }));
    expect(sized.configuration).toMatchObject({ endpointType: 'real-time', acceleration: 'gpu', instanceType: 'ml.g6.xlarge', initialInstanceCount: 2, autoScaling: true });
    expect(prose(sized)).toContain('50 records/s, each scored, read as 50 requests per second, steady traffic at real-time latency');
    expectCleanProse(sized);
  });

  it('sizes the endpoint from the inference request rate, not from records ingested, and states the per-instance premise', () => {
    const sized = size(serve({ frameworks: ['xgboost'], requestsPerSecond: 3000 }, { ingestion: { recordsPerSecond: 200_000 }, latency: 'real-time' }));
    expect(sized.configuration).toMatchObject({ endpointType: 'real-time', acceleration: 'cpu', instanceType: 'ml.c6i.xlarge', initialInstanceCount: 15 });
    expect(prose(sized)).toContain('3,000 requests per second');
    expect(prose(sized)).not.toContain('200,000');
    expect(sized.premises).toContainEqual({ quantity: 'inference requests per second', value: 3000, unit: 'requests/s', from: 'workload', field: 'ml.requestsPerSecond' });
    expect(sized.premises).toContainEqual({ quantity: 'requests one instance serves', value: 200, unit: 'requests/s', from: 'default' });
  });

  it('scores a batch offline and counts it against the transform-job quota', () => {
    const sized = size(serve({ frameworks: ['xgboost'] }, { latency: 'batch' }));
    expect(sized.configuration.endpointType).toBe('batch-transform');
    expect(prose(sized)).toContain('"ml.c6i.xlarge for transform job usage"');
  });

  it('serves intermittent CPU traffic serverless, within 6 GB and 200 concurrent requests', () => {
    const sized = size(serve({ frameworks: ['xgboost'] }, { ingestion: { recordsPerSecond: 0.2 } }));
    expect(sized.configuration).toMatchObject({ endpointType: 'serverless', acceleration: 'cpu', memorySizeMB: 2048 });
    expect(prose(sized)).toContain('6,144 MB of memory, 200 concurrent requests');
    expectCleanProse(sized);
  });

  it('never puts a GPU model on serverless inference', () => {
    expect(size(serve({ frameworks: ['pytorch'], gpu: true }, { ingestion: { recordsPerSecond: 0.2 } })).configuration.endpointType).toBe('real-time');
  });

  it('queues large payloads on asynchronous inference, and warns past 1 GB', () => {
    const sized = size(serve({ frameworks: ['tensorflow'] }, { ingestion: { recordSizeKB: 20_000 } }));
    expect(sized.configuration).toMatchObject({ endpointType: 'asynchronous', scaleToZero: true });
    expect(prose(sized)).toContain('up to 1 GB');
    expect(prose(sized)).toContain('up to 60 minutes (15 by default)');
    expect(size(serve({}, { ingestion: { recordSizeKB: 2_000_000 } })).warnings.map((w) => w.code)).toEqual(['payload-limit']);
  });

  it('scores offline with batch transform at batch latency', () => {
    const sized = size(serve({ frameworks: ['scikit-learn'] }, { latency: 'batch', ingestion: { recordsPerSecond: 500 } }));
    expect(sized.configuration).toMatchObject({ endpointType: 'batch-transform', acceleration: 'cpu' });
    expect(prose(sized)).toContain('offline scoring');
  });

  it('reads an unknown rate as serverless, unless the latency is real-time', () => {
    expect(size(serve({ frameworks: ['xgboost'] }, { latency: 'near-real-time' })).configuration.endpointType).toBe('serverless');
    expect(size(serve({ frameworks: ['xgboost'] }, { latency: 'real-time' })).configuration.endpointType).toBe('real-time');
  });
});

describe('CPU, GPU or Inferentia2 by framework and load', () => {
  it('keeps classic ML on CPU at steady traffic', () => {
    const sized = size(serve({ frameworks: ['xgboost', 'scikit-learn'] }, { ingestion: { recordsPerSecond: 20 } }));
    expect(sized.configuration).toMatchObject({ endpointType: 'real-time', acceleration: 'cpu', instanceType: 'ml.c6i.xlarge' });
    expect(prose(sized)).toContain('Classic ML models (XGBoost and scikit-learn) predict on CPU');
  });

  it('moves a deep-learning model to Inferentia2 when cost comes first', () => {
    const sized = size(serve({ frameworks: ['pytorch'] }, { ingestion: { recordsPerSecond: 50 }, costPriority: 'lowest' }));
    expect(sized.configuration).toMatchObject({ acceleration: 'inferentia', instanceType: 'ml.inf2.xlarge' });
    expect(prose(sized)).toContain('Neuron SDK');
  });

  it('serves deep learning at low traffic on CPU, and on CPU when GPUs are ruled out', () => {
    expect(size(serve({ frameworks: ['pytorch'] }, { ingestion: { recordsPerSecond: 2 } })).configuration.acceleration).toBe('cpu');
    expect(size(serve({ frameworks: ['tensorflow'], gpu: false }, { ingestion: { recordsPerSecond: 50 } })).configuration.acceleration).toBe('cpu');
  });
});

describe('training jobs', () => {
  it('names the training instance and its fallbacks, briefly', () => {
    const sized = size({ ml: { training: true, frameworks: ['pytorch'] } });
    expect(sized.configuration).toEqual({ trainingInstanceTypes: ['ml.p5.48xlarge', 'ml.p4d.24xlarge', 'ml.g5.12xlarge'], managedSpotTraining: false });
    expect(prose(sized)).toContain('an ordered list of up to 5 instance types');
    expect(sized.rationale).toHaveLength(1);
  });

  it('trains classic ML on CPU, on Spot when cost comes first', () => {
    const sized = size({ ml: { training: true, frameworks: ['xgboost'] }, costPriority: 'lowest' });
    expect(sized.configuration).toEqual({ trainingInstanceTypes: ['ml.c5.2xlarge', 'ml.m5.2xlarge'], managedSpotTraining: true });
  });

  it('sizes both halves when a model is trained and served', () => {
    const sized = size({ ml: { training: true, inference: true, frameworks: ['xgboost'] }, ingestion: { recordsPerSecond: 5 } });
    expect(sized.configuration).toMatchObject({ endpointType: 'real-time', trainingInstanceTypes: ['ml.c5.2xlarge', 'ml.m5.2xlarge'] });
    expectCleanProse(sized);
  });
});
