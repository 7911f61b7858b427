import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { HttpProblem } from './problem.js';

/** The media ranges an Accept header admits (those with q=0 left out), lower-cased. */
function acceptedRanges(header: string): string[] {
  return header
    .split(',')
    .map((part) => part.split(';'))
    .filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/i.test(param)))
    .map(([range]) => range.trim().toLowerCase())
    .filter(Boolean);
}

/** True when the range names the type itself, its `type/*` or `*\/*`. */
const admits = (range: string, type: string) => range === '*/*' || range === type || (range.endsWith('/*') && type.startsWith(range.slice(0, -1)));

/**
 * Refuses with 406 a request whose Accept header admits none of the media
 * types the route answers with; no Accept header admits anything.
 *
 * @example
 * app.use('/v1/services', answersWith('application/json'));
 */
export function answersWith(...types: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('accept');
    if (header !== undefined && header.trim() !== '') {
      const ranges = acceptedRanges(header);
      if (!ranges.some((range) => types.some((type) => admits(range, type)))) {
        throw new HttpProblem('not-acceptable', `cannot answer with ${header.slice(0, 200)}; this route answers with ${types.join(' or ')}`);
      }
    }
    await next();
  };
}
