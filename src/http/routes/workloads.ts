import { inferWorkload, type WorkloadReading } from '../../domain/infer-workload.js';
import type { RouteDeps } from '../env.js';
import { jsonAnswer, jsonBody, operation } from '../operation.js';
import { respondJson } from '../respond.js';

/**
 * `POST /v1/workloads/infer`: a workload (or just `{ "description": "..." }`)
 * in, the workload as the advisor reads it out, with what it read and from which words.
 *
 * @example
 * await app.request('/v1/workloads/infer', { method: 'POST', headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ description: 'About 30 MB/s of clickstream.' }) });
 * // 200 { workload: { description, ingestion: { throughputMBps: 30 }, data: { sources: ['clickstream'] } }, inferred: [...], warnings: [] }
 */
export function workloadOperations(deps: Pick<RouteDeps, 'limits'>) {
  return [
    operation({
      method: 'post',
      path: '/v1/workloads/infer',
      doc: {
        tags: ['recommendations'],
        operationId: 'inferWorkload',
        summary: 'Read a workload from its description',
        description:
          'Reads the fields the `description` states (sources, rates with their units, latency, needs, destinations, ML, security, account, migration, cost, retention), deterministically and without a language model. Fields given explicitly always win; where the prose disagrees a `conflicting-inputs` warning quotes both. Show the result, let the user correct it, then POST it to /v1/recommendations.',
      },
      body: jsonBody('Workload', deps.limits.recommendationBodyBytes, inferWorkload, {
        example: { description: 'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards, plus the raw events in S3 for analysts.' },
      }),
      answers: jsonAnswer('WorkloadReading', 'The workload as read, with each inferred field and its evidence'),
      problems: [400, 401, 405, 413, 415],
      handler: (c, reading: WorkloadReading) => respondJson(c, reading),
    }),
  ] as const;
}
