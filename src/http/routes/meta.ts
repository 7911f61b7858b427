import { Hono } from 'hono';
import type { Advisor } from '../../domain/advisor.js';
import type { AppEnv } from '../env.js';
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
