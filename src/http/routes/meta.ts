import { Hono } from 'hono';
import type { Advisor } from '../../domain/advisor.js';
import type { AppEnv } from '../env.js';
import { jsonContent, type Operations, problems, ref } from '../openapi-parts.js';
import { PROBLEM_TYPES, HttpProblem, problem } from '../problem.js';
import { workloadJsonSchema } from '../schemas.js';

export interface Readiness {
  /** False while the server drains on shutdown. */
  ready(): boolean;
}

/** True when the advisor answers `{}`, or why it cannot: a server whose rules throw must not take traffic. */
function answersEmptyWorkload(advisor: Advisor): true | string {
  try {
    advisor.recommend({});
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `/healthz`, `/readyz`, `/v1/schema/workload` and the problem type descriptions. */
export function metaRoutes(advisor: Advisor, readiness: Readiness) {
  const rules = advisor.ruleSet.rules.length;
  const evaluates = answersEmptyWorkload(advisor);
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' as const, rules }))
    .get('/readyz', (c) => {
      if (evaluates !== true) return problem(c, 'service-unavailable', `the loaded rules cannot answer a workload: ${evaluates}`);
      return readiness.ready()
        ? c.json({ status: 'ready' as const, rules, rulesVersion: advisor.ruleSet.version })
        : problem(c, 'service-unavailable', 'the server is shutting down and no longer takes new work', { headers: { 'Retry-After': '5' } });
    })
    .get('/v1/schema/workload', (c) => c.json(workloadJsonSchema()))
    .get('/problems/:slug', (c) => {
      const slug = c.req.param('slug');
      if (!Object.hasOwn(PROBLEM_TYPES, slug)) throw new HttpProblem('not-found', `no problem type "${slug}"`);
      const { status, title, about } = PROBLEM_TYPES[slug as keyof typeof PROBLEM_TYPES];
      return c.json({ type: `/problems/${slug}`, title, status, description: about });
    });
}

const open = [{}];

/** The OpenAPI operations of {@link metaRoutes}. */
export const metaOperations: Operations = {
  '/healthz': {
    get: {
      tags: ['meta'],
      operationId: 'health',
      summary: 'Liveness',
      security: open,
      responses: { '200': { description: 'The process is up', content: jsonContent(ref('Health')) }, ...problems(405) },
    },
  },
  '/readyz': {
    get: {
      tags: ['meta'],
      operationId: 'readiness',
      summary: 'Readiness: rules loaded and answering, not shutting down',
      security: open,
      responses: { '200': { description: 'Ready for work', content: jsonContent(ref('Readiness')) }, ...problems(405, 503) },
    },
  },
  '/v1/schema/workload': {
    get: {
      tags: ['meta'],
      operationId: 'getWorkloadSchema',
      summary: 'JSON Schema of the workload',
      responses: {
        '200': { description: 'JSON Schema 2020-12', content: jsonContent({ type: 'object' }, { example: { title: 'Workload', type: 'object' } }) },
        ...problems(401, 405),
      },
    },
  },
  '/problems/{slug}': {
    get: {
      tags: ['meta'],
      operationId: 'getProblemType',
      summary: 'What a problem type means (the `type` of an error answer)',
      security: open,
      parameters: [{ name: 'slug', in: 'path', required: true, description: 'A problem type', schema: { type: 'string', enum: Object.keys(PROBLEM_TYPES) } }],
      responses: {
        '200': {
          description: 'The problem type',
          content: jsonContent({
            type: 'object',
            properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, description: { type: 'string' } },
            required: ['type', 'title', 'status', 'description'],
          }),
        },
        ...problems(404, 405),
      },
    },
  },
};
