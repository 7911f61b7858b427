import type { Workload } from '../workload/schema.js';
import { sageMakerQuotaName } from './accelerated-instances.js';
import type { Premise } from './premise.js';
import { type Acceleration, chooseAcceleration, chooseEndpoint, deepLearningFrameworks, type EndpointKind, endpointSentence, INFERENCE_LIMITS, inferenceRate } from './sagemaker-endpoint.js';
import { ceilUnits, type Configuration, type Sizer, type SizingResult } from './types.js';
import { formatNumber } from '../words/number-format.js';
import { listOf } from '../words/list-of.js';
import { plural } from '../words/plural.js';
import { valueLabel } from '../words/value-labels.js';

/** The first instance each acceleration is sized on (SageMaker AI instance types for hosting). */
const INSTANCE_BY_ACCELERATION: Readonly<Record<Acceleration, string>> = {
  cpu: 'ml.c6i.xlarge',
  gpu: 'ml.g6.xlarge',
  inferentia: 'ml.inf2.xlarge',
};

/** Training instance types in order of preference: a job may list up to 5 (SageMaker AI Developer Guide, "Instance preferences for training jobs"). */
const TRAINING_TYPES = {
  deep: ['ml.p5.48xlarge', 'ml.p4d.24xlarge', 'ml.g5.12xlarge'],
  classic: ['ml.c5.2xlarge', 'ml.m5.2xlarge'],
} as const;

const named = (frameworks: readonly string[]) => listOf(frameworks.map(valueLabel));

/** Why this processor serves the model, in the workload's terms. */
function accelerationSentence(acceleration: Acceleration, workload: Workload): string {
  const deep = deepLearningFrameworks(workload);
  const rps = inferenceRate(workload)?.rps;
  const at = rps === undefined ? '' : ` at ${plural(rps, 'request')} per second`;
  if (acceleration === 'inferentia') {
    return `${named(deep)}${at} with cost the top priority: ${INSTANCE_BY_ACCELERATION.inferentia} (Inferentia2) gives the lowest cost per prediction once the model is compiled with the Neuron SDK.`;
  }
  if (acceleration === 'gpu') {
    return `${deep.length > 0 ? named(deep) : 'The model'}${at} keeps an accelerator busy: ${INSTANCE_BY_ACCELERATION.gpu} (one L4 GPU; ml.g5.xlarge where G6 is not offered) keeps each prediction fast.`;
  }
  if (workload.ml?.gpu === false) return `GPUs are ruled out: ${INSTANCE_BY_ACCELERATION.cpu} CPU instances serve the model.`;
  if (deep.length > 0) {
    const load = rps === undefined ? 'with no request rate given' : `${at.trim()} does not keep a GPU busy`;
    return `${named(deep)} ${load}: serve on CPU (${INSTANCE_BY_ACCELERATION.cpu}) and move to G6 or Inferentia2 if latency misses the target.`;
  }
  const frameworks = workload.ml?.frameworks ?? [];
  return `Classic ML models${frameworks.length > 0 ? ` (${named(frameworks)})` : ''} predict on CPU: ${INSTANCE_BY_ACCELERATION.cpu} serves them at the lowest cost per prediction.`;
}

/** Serverless endpoints have no processor to choose, only memory (1 GB steps). */
function serverlessMemorySentence(workload: Workload): string {
  const deep = deepLearningFrameworks(workload);
  return deep.length > 0
    ? `A ${named(deep)} model gets the largest serverless memory, ${formatNumber(INFERENCE_LIMITS.serverlessMaxMemoryMB)} MB; if it needs more, or a GPU, serve it from a real-time endpoint instead.`
    : `Start the serverless memory at 2,048 MB and raise it in 1 GB steps, up to ${formatNumber(INFERENCE_LIMITS.serverlessMaxMemoryMB)} MB, if the model needs more.`;
}

/**
 * Rules of thumb, not AWS figures: requests per second one instance serves for a small model
 * (a CPU instance for classic ML, one accelerator for a deep-learning model). Load-test to replace them.
 */
export const REQUESTS_PER_INSTANCE: Readonly<Record<Acceleration, number>> = { cpu: 200, gpu: 100, inferentia: 100 };
/** A real-time endpoint keeps at least 2 instances so it spans Availability Zones. */
const MIN_ENDPOINT_INSTANCES = 2;

/** Instances a real-time endpoint starts with: the request rate over what one instance serves, at least 2. */
function endpointInstances(workload: Workload, acceleration: Acceleration): number {
  const rps = inferenceRate(workload)?.rps;
  return rps === undefined ? MIN_ENDPOINT_INSTANCES : Math.max(MIN_ENDPOINT_INSTANCES, ceilUnits(rps / REQUESTS_PER_INSTANCE[acceleration]));
}

/** The figures an endpoint is sized from, each with where it came from. */
function inferencePremises(workload: Workload, kind: EndpointKind, acceleration: Acceleration): Premise[] {
  if (kind !== 'real-time') return [];
  const rate = inferenceRate(workload);
  if (rate === undefined) return [{ quantity: 'inference requests per second', value: 0, unit: 'requests/s', from: 'default', field: 'ml.requestsPerSecond' }];
  return [
    rate.from === 'requests'
      ? { quantity: 'inference requests per second', value: rate.rps, unit: 'requests/s', from: 'workload', field: 'ml.requestsPerSecond' }
      : { quantity: 'inference requests per second', value: rate.rps, unit: 'requests/s', from: 'derived', field: 'ml.requestsPerSecond' },
    { quantity: 'requests one instance serves', value: REQUESTS_PER_INSTANCE[acceleration], unit: 'requests/s', from: 'default' },
  ];
}

/** Settings of each endpoint kind. */
function endpointConfiguration(kind: EndpointKind, acceleration: Acceleration, workload: Workload): Configuration {
  const instanceType = INSTANCE_BY_ACCELERATION[acceleration];
  switch (kind) {
    case 'real-time':
      return { endpointType: kind, acceleration, instanceType, initialInstanceCount: endpointInstances(workload, acceleration), autoScaling: true };
    case 'serverless':
      return { endpointType: kind, acceleration, memorySizeMB: deepLearningFrameworks(workload).length > 0 ? INFERENCE_LIMITS.serverlessMaxMemoryMB : 2048 };
    case 'asynchronous':
      return { endpointType: kind, acceleration, instanceType, autoScaling: true, scaleToZero: true };
    case 'batch-transform':
      return { endpointType: kind, acceleration, instanceType };
  }
}

/** The inference half: endpoint kind, processor, and a warning for payloads past 1 GB. */
function sizeInference(workload: Workload): SizingResult {
  const acceleration = chooseAcceleration(workload);
  const kind = chooseEndpoint(workload, acceleration);
  const rationale = [endpointSentence(kind, workload, endpointInstances(workload, acceleration)), kind === 'serverless' ? serverlessMemorySentence(workload) : accelerationSentence(acceleration, workload)];
  if (kind === 'real-time' && inferenceRate(workload) !== undefined) {
    rationale.push(`At about ${formatNumber(REQUESTS_PER_INSTANCE[acceleration])} requests per second per ${INSTANCE_BY_ACCELERATION[acceleration]} for a small model (an estimate: load-test the model to replace it), auto scaling adds instances from there.`);
  }
  if (kind === 'batch-transform') rationale.push(`A batch transform counts against the SageMaker AI quota "${sageMakerQuotaName(INSTANCE_BY_ACCELERATION[acceleration], 'transform')}", not the endpoint quota.`);
  const payloadKB = workload.ingestion?.recordSizeKB;
  const warnings =
    payloadKB !== undefined && payloadKB > INFERENCE_LIMITS.asyncPayloadKB
      ? [{ code: 'payload-limit', message: `Payloads of ${formatNumber(payloadKB)} KB exceed the 1 GB asynchronous inference accepts: split the input, or score it with a batch transform job over S3.` }]
      : [];
  return { configuration: endpointConfiguration(kind, acceleration, workload), rationale, warnings, premises: inferencePremises(workload, kind, acceleration) };
}

/** The training half: the instance family and its fallbacks, kept short. */
function sizeTraining(workload: Workload): SizingResult {
  const deep = deepLearningFrameworks(workload);
  const gpu = workload.ml?.gpu !== false && (deep.length > 0 || workload.ml?.gpu === true);
  const types = gpu ? TRAINING_TYPES.deep : TRAINING_TYPES.classic;
  const what = deep.length > 0 ? `${named(deep)} training` : workload.ml?.frameworks?.length ? `${named(workload.ml.frameworks)} training` : 'Training';
  const rationale = [
    `${what} runs as SageMaker AI training jobs on ${types[0]}, listing ${listOf(types.slice(1))} as fallbacks: a job takes an ordered list of up to 5 instance types, uses the first with capacity, and needs training-job quota for each.`,
  ];
  if (workload.costPriority === 'lowest') rationale.push('With cost the top priority, use managed spot training and checkpoint to S3, so an interrupted job resumes where it stopped.');
  return { configuration: { trainingInstanceTypes: [...types], managedSpotTraining: workload.costPriority === 'lowest' }, rationale, warnings: [] };
}

/**
 * Sizes Amazon SageMaker AI: for inference, the endpoint kind (real-time
 * with auto scaling, serverless, asynchronous or batch transform) and CPU,
 * GPU or Inferentia2; for training, the instance type and its fallbacks.
 *
 * @example
 * sizeSageMaker({ workload: { ml: { inference: true }, latency: 'batch' }, recommended, flows: [], reading }).configuration.endpointType; // 'batch-transform'
 */
export const sizeSageMaker: Sizer = ({ workload }) => {
  const parts = [
    ...(workload.ml?.inference === true ? [sizeInference(workload)] : []),
    ...(workload.ml?.training === true ? [sizeTraining(workload)] : []),
  ];
  return {
    configuration: Object.assign({}, ...parts.map((part) => part.configuration)),
    rationale: parts.flatMap((part) => part.rationale),
    warnings: parts.flatMap((part) => part.warnings),
    premises: parts.flatMap((part) => part.premises ?? []),
  };
};
