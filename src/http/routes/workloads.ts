import { type Context, Hono } from 'hono';
import { inferWorkload } from '../../domain/infer-workload.js';
import type { Workload } from '../../domain/workload/schema.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { type JsonInput, readJsonBody } from '../json-body.js';
import { jsonContent, type Operations, problems, ref } from '../openapi-parts.js';

/**
 * `POST /v1/workloads/infer`: a workload (or just `{ "description": "..." }`)
 * in, the workload as the advisor reads it out, with what it read and from which words.
 *
 * @example
 * await app.request('/v1/workloads/infer', { method: 'POST', headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ description: 'About 30 MB/s of clickstream.' }) });
 * // 200 { workload: { description, ingestion: { throughputMBps: 30 }, data: { sources: ['clickstream'] } }, inferred: [...], warnings: [] }
 */
export function workloadRoutes(deps: Pick<RouteDeps, 'limits'>) {
  return new Hono<AppEnv>().post('/v1/workloads/infer', async (c: Context<AppEnv, '/v1/workloads/infer', JsonInput<Workload>>) => {
    return c.json(await readJsonBody(c, inferWorkload, deps.limits.recommendationBodyBytes));
  });
}

/** The OpenAPI operations of {@link workloadRoutes}. */
export const workloadOperations: Operations = {
  '/v1/workloads/infer': {
    post: {
      tags: ['recommendations'],
      operationId: 'inferWorkload',
      summary: 'Read a workload from its description',
      description:
        'Reads the fields the `description` states (sources, rates with their units, latency, needs, destinations, ML, security, account, migration, cost, retention), deterministically and without a language model. Fields given explicitly always win; where the prose disagrees a `conflicting-inputs` warning quotes both. Show the result, let the user correct it, then POST it to /v1/recommendations.',
      requestBody: {
        required: true,
        content: jsonContent(ref('Workload'), {
          example: { description: 'We ingest about 30 MB/s of clickstream from our website and want real-time dashboards, plus the raw events in S3 for analysts.' },
        }),
      },
      responses: {
        '200': { description: 'The workload as read, with each inferred field and its evidence', content: jsonContent(ref('WorkloadReading')) },
        ...problems(400, 401, 405, 413, 415),
      },
    },
  },
};
