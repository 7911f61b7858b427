import type { Context, MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';
import { parseAccept } from 'hono/utils/accept';
import type { AppEnv } from './env.js';
import { HttpProblem } from './problem.js';

/**
 * The media type, of those a route `offers`, that the request's Accept header
 * prefers (q-value, then the most specific range, then the order offered);
 * the first offer when the header is absent or admits anything; undefined
 * when it admits none of them. Hono's `accepts` ranks; `*\/*` it leaves to us.
 *
 * @example
 * negotiate(c, ['application/json', 'text/markdown']); // Accept: text/markdown → 'text/markdown'
 */
export function negotiate(c: Context, offers: readonly [string, ...string[]]): string | undefined {
  const header = c.req.header('accept');
  if (header === undefined || header.trim() === '') return offers[0];
  const matched = accepts(c, { header: 'Accept', supports: [...offers], default: '' });
  if (matched) return matched;
  return parseAccept(header).some((range) => range.q > 0 && (range.type === '*/*' || range.type === '*')) ? offers[0] : undefined;
}

/** The 406 for a request whose Accept header admits none of `offers`. */
function notAcceptable(c: Context, offers: readonly string[]): HttpProblem {
  return new HttpProblem('not-acceptable', `cannot answer with ${(c.req.header('accept') ?? '').slice(0, 200)}; this route answers with ${offers.join(' or ')}`);
}

/**
 * Refuses with 406 a request whose Accept header admits none of the media
 * types the route answers with (no Accept header admits anything), and
 * records the one it prefers as `mediaType` for the handler.
 *
 * @example
 * app.use('/v1/services', answersWith('application/json'));
 */
export function answersWith(...offers: [string, ...string[]]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const mediaType = negotiate(c, offers);
    if (mediaType === undefined) throw notAcceptable(c, offers);
    c.set('mediaType', mediaType);
    await next();
  };
}
