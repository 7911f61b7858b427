import type { Workload } from '../workload/schema.js';
import { formatNumber } from '../words/number-format.js';
import { plural } from '../words/plural.js';

/**
 * SageMaker AI inference limits. API Reference InvokeEndpoint (6 MB body, 60 s to respond);
 * Developer Guide "Invoke a serverless endpoint" (4 MB) and ProductionVariantServerlessConfig
 * (1,024–6,144 MB memory, 1–200 concurrency, no GPUs); "Asynchronous inference" (1 GB, 1 hour, 15 minutes by default).
 */
export const INFERENCE_LIMITS = {
  realTimePayloadKB: 6 * 1024,
  realTimeTimeoutSeconds: 60,
  serverlessPayloadKB: 4 * 1024,
  serverlessMaxMemoryMB: 6144,
  serverlessMaxConcurrency: 200,
  asyncPayloadKB: 1024 * 1024,
  asyncMaxMinutes: 60,
  asyncDefaultMinutes: 15,
} as const;

/** Rules of thumb: below 1 request/s traffic is intermittent; from 10 requests/s a deep-learning model keeps an accelerator busy. */
export const INTERMITTENT_RPS = 1;
export const ACCELERATOR_RPS = 10;

export type EndpointKind = 'real-time' | 'serverless' | 'asynchronous' | 'batch-transform';
export type Acceleration = 'cpu' | 'gpu' | 'inferentia';

const DEEP_LEARNING: readonly string[] = ['tensorflow', 'keras', 'pytorch', 'mxnet', 'gluon'];
/** Frameworks the Neuron SDK compiles for Inferentia2 (AWS Neuron documentation). */
const NEURON_FRAMEWORKS: readonly string[] = ['pytorch', 'tensorflow', 'keras'];

/**
 * Deep-learning frameworks named in the workload.
 *
 * @example
 * deepLearningFrameworks({ ml: { frameworks: ['pytorch', 'xgboost'] } }); // ['pytorch']
 */
export const deepLearningFrameworks = (workload: Workload): string[] => (workload.ml?.frameworks ?? []).filter((f) => DEEP_LEARNING.includes(f));

/**
 * The requests per second a model serves: `ml.requestsPerSecond`, else the records a stream
 * brings when each is scored (said as such), else unknown. Never an ingest rate read as requests unless so said.
 *
 * @example
 * inferenceRate({ ml: { requestsPerSecond: 300 }, ingestion: { recordsPerSecond: 20000 } }); // { rps: 300, from: 'requests' }
 */
export function inferenceRate(workload: Workload): { rps: number; from: 'requests' | 'records' } | undefined {
  const requests = workload.ml?.requestsPerSecond;
  if (requests !== undefined) return { rps: requests, from: 'requests' };
  const records = workload.ingestion?.recordsPerSecond;
  return records === undefined ? undefined : { rps: records, from: 'records' };
}

/**
 * CPU for classic ML or light traffic; a GPU (G6/G5) for deep learning at
 * steady high traffic or when GPUs are required; Inferentia2 instead when
 * cost comes first and the Neuron SDK compiles the framework.
 *
 * @example
 * chooseAcceleration({ ml: { inference: true, frameworks: ['pytorch'] }, ingestion: { recordsPerSecond: 50 } }); // 'gpu'
 */
export function chooseAcceleration(workload: Workload): Acceleration {
  if (workload.ml?.gpu === false) return 'cpu';
  const deep = deepLearningFrameworks(workload);
  const rps = inferenceRate(workload)?.rps;
  const busy = deep.length > 0 && rps !== undefined && rps >= ACCELERATOR_RPS;
  if (workload.ml?.gpu !== true && !busy) return 'cpu';
  const neuron = deep.some((f) => NEURON_FRAMEWORKS.includes(f));
  return workload.costPriority === 'lowest' && neuron ? 'inferentia' : 'gpu';
}

/**
 * The endpoint kind: batch transform for offline scoring, asynchronous for payloads past 6 MB,
 * real-time for accelerators or steady traffic, serverless for intermittent CPU traffic (or an
 * unknown rate without a real-time target).
 *
 * @example
 * chooseEndpoint({ latency: 'batch' }, 'cpu'); // 'batch-transform'
 */
export function chooseEndpoint(workload: Workload, acceleration: Acceleration): EndpointKind {
  if (workload.latency === 'batch') return 'batch-transform';
  const payloadKB = workload.ingestion?.recordSizeKB;
  if (payloadKB !== undefined && payloadKB > INFERENCE_LIMITS.realTimePayloadKB) return 'asynchronous';
  if (acceleration !== 'cpu') return 'real-time';
  if (payloadKB !== undefined && payloadKB > INFERENCE_LIMITS.serverlessPayloadKB) return 'real-time';
  const rps = inferenceRate(workload)?.rps;
  if (rps !== undefined) return rps < INTERMITTENT_RPS ? 'serverless' : 'real-time';
  return workload.latency === 'real-time' ? 'real-time' : 'serverless';
}

const requests = (rps: number) => `${formatNumber(rps)} ${rps === 1 ? 'request' : 'requests'} per second`;

/**
 * The sentence that explains the endpoint kind with the workload's figures.
 *
 * @example
 * endpointSentence('batch-transform', { latency: 'batch' }); // 'Batch latency means offline scoring: …'
 */
export function endpointSentence(kind: EndpointKind, workload: Workload, instances = 2): string {
  const rate = inferenceRate(workload);
  const rps = rate?.rps;
  const traffic = rate === undefined ? 'No request rate was given (ml.requestsPerSecond)' : rate.from === 'requests' ? requests(rate.rps) : `${plural(rate.rps, 'record')}/s, each scored, read as ${requests(rate.rps)}`;
  switch (kind) {
    case 'batch-transform':
      return 'Batch latency means offline scoring: a batch transform job reads the inputs from S3, writes the predictions back and releases its instances when it ends.';
    case 'asynchronous':
      return `Payloads of ${formatNumber(workload.ingestion?.recordSizeKB ?? 0)} KB exceed the 6 MB a real-time endpoint accepts: asynchronous inference queues requests of up to 1 GB from S3, runs each for up to ${INFERENCE_LIMITS.asyncMaxMinutes} minutes (${INFERENCE_LIMITS.asyncDefaultMinutes} by default) and scales to zero instances when idle.`;
    case 'serverless':
      return `${traffic}${rps === undefined ? '' : ', intermittent traffic'} and no GPU needed: serverless inference bills only while requests run, with up to ${formatNumber(INFERENCE_LIMITS.serverlessMaxMemoryMB)} MB of memory, ${INFERENCE_LIMITS.serverlessMaxConcurrency} concurrent requests and 4 MB payloads; expect a cold start after idle periods (provisioned concurrency removes it).`;
    case 'real-time':
      return `${traffic}${rps !== undefined && rps >= INTERMITTENT_RPS ? ', steady traffic' : ''}${workload.latency === 'real-time' ? ' at real-time latency' : ''}: a real-time endpoint on ${plural(instances, 'instance')} (at least 2, so it spans Availability Zones) with auto scaling on invocations per instance; each request gets up to ${INFERENCE_LIMITS.realTimeTimeoutSeconds} s.`;
  }
}
