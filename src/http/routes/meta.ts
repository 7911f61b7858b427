import type { Advisor } from '../../domain/advisor.js';
import { jsonContent } from '../openapi-parts.js';
import { answers, jsonAnswer, operation } from '../operation.js';
import { HttpProblem, PROBLEM_TYPES, problem } from '../problem.js';
import { respondJson } from '../respond.js';
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

/** Open to anyone, token or not: probes and the problem descriptions. */
const open = [{}];

/** `/healthz`, `/readyz`, `/v1/schema/workload` and the problem type descriptions. */
export function metaOperations(advisor: Advisor, readiness: Readiness) {
  const rules = advisor.ruleSet.rules.length;
  const evaluates = answersEmptyWorkload(advisor);
  return [
    operation({
      method: 'get',
      path: '/healthz',
      doc: { tags: ['meta'], operationId: 'health', summary: 'Liveness', security: open },
      answers: jsonAnswer('Health', 'The process is up'),
      problems: [405],
      handler: (c) => respondJson(c, { status: 'ok', rules }),
    }),
    operation({
      method: 'get',
      path: '/readyz',
      doc: { tags: ['meta'], operationId: 'readiness', summary: 'Readiness: rules loaded and answering, not shutting down', security: open },
      answers: jsonAnswer('Readiness', 'Ready for work'),
      problems: [405, 503],
      handler: (c) => {
        if (evaluates !== true) return problem(c, 'service-unavailable', `the loaded rules cannot answer a workload: ${evaluates}`);
        return readiness.ready()
          ? respondJson(c, { status: 'ready', rules, rulesVersion: advisor.ruleSet.version })
          : problem(c, 'service-unavailable', 'the server is shutting down and no longer takes new work', { headers: { 'Retry-After': '5' } });
      },
    }),
    operation({
      method: 'get',
      path: '/v1/schema/workload',
      doc: { tags: ['meta'], operationId: 'getWorkloadSchema', summary: 'JSON Schema of the workload' },
      answers: answers<Record<string, unknown>>({
        '200': { description: 'JSON Schema 2020-12', content: jsonContent({ type: 'object' }, { example: { title: 'Workload', type: 'object' } }) },
      }),
      problems: [401, 405],
      handler: (c) => respondJson(c, workloadJsonSchema()),
    }),
    operation({
      method: 'get',
      path: '/problems/{slug}',
      doc: {
        tags: ['meta'],
        operationId: 'getProblemType',
        summary: 'What a problem type means (the `type` of an error answer)',
        security: open,
        parameters: [{ name: 'slug', in: 'path', required: true, description: 'A problem type', schema: { type: 'string', enum: Object.keys(PROBLEM_TYPES) } }],
      },
      answers: answers<{ type: string; title: string; status: number; description: string }>({
        '200': {
          description: 'The problem type',
          content: jsonContent({
            type: 'object',
            properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, description: { type: 'string' } },
            required: ['type', 'title', 'status', 'description'],
          }),
        },
      }),
      problems: [404, 405],
      handler: (c) => {
        const slug = c.req.param('slug') as string;
        if (!Object.hasOwn(PROBLEM_TYPES, slug)) throw new HttpProblem('not-found', `no problem type "${slug}"`);
        const { status, title, about } = PROBLEM_TYPES[slug as keyof typeof PROBLEM_TYPES];
        return respondJson(c, { type: `/problems/${slug}`, title, status, description: about });
      },
    }),
  ] as const;
}
