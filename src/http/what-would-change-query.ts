import type { Context } from 'hono';
import type { AnswerOptions } from '../domain/advisor.js';
import type { AppEnv } from './env.js';
import { HttpProblem } from './problem.js';

/** The query parameter that asks for each recommendation's `whatWouldChange[]` in a JSON answer. */
export const WHAT_WOULD_CHANGE_QUERY = 'whatWouldChange';

/** The parameter as the OpenAPI document declares it, on every operation that answers recommendations as JSON. */
export const WHAT_WOULD_CHANGE_PARAMETER = {
  name: WHAT_WOULD_CHANGE_QUERY,
  in: 'query',
  required: false,
  description:
    "true adds each recommendation's whatWouldChange[] (the smallest changes to the workload that would drop it, each checked by answering the changed workload) to a JSON answer; left out of JSON answers by default, where it would cost more than a fifth of the throughput (npm run bench, figure i), and always in the Markdown record",
  schema: { type: 'string', enum: ['true', 'false'] },
} as const;

/**
 * What one request asks of its answers: `?whatWouldChange=true|false`, else
 * `byDefault`; anything else is a 400 naming the parameter.
 *
 * @example
 * advisor.recommendValidated(workload, answerOptions(c, false));
 */
export function answerOptions(c: Context<AppEnv>, byDefault: boolean): AnswerOptions {
  const asked = c.req.query(WHAT_WOULD_CHANGE_QUERY);
  if (asked === undefined) return { whatWouldChange: byDefault };
  if (asked === 'true' || asked === 'false') return { whatWouldChange: asked === 'true' };
  throw new HttpProblem('invalid-query', `${WHAT_WOULD_CHANGE_QUERY} "${asked}" is not true or false`, {
    errors: [{ path: `/${WHAT_WOULD_CHANGE_QUERY}`, message: 'must be true or false' }],
  });
}
