import type { Context, Hono, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../log/logger.js';
import { negotiate } from './content-negotiation.js';
import type { AppEnv } from './env.js';
import { readJsonBody } from './json-body.js';
import { type AnyOperation, answeredTypes, honoPath } from './operation.js';
import { HttpProblem, problem } from './problem.js';
import { requestTarget } from './request-log.js';

/** The 406 for a request whose Accept header admits none of `offers`. */
function notAcceptable(c: Context<AppEnv>, offers: readonly string[]): HttpProblem {
  return new HttpProblem('not-acceptable', `cannot answer with ${(c.req.header('accept') ?? '').slice(0, 200)}; this route answers with ${offers.join(' or ')}`);
}

/** An operation its OpenAPI document opens to anyone (`security: [{}]`): probes, pages, problem types. */
const isOpen = (op: AnyOperation) => {
  const security = op.doc.security as unknown[] | undefined;
  return security !== undefined && security.length === 1 && Object.keys(security[0] as object).length === 0;
};

/**
 * Routes each operation, with one handler per route (Hono's fast path): it
 * names the route for the metrics, marks a page for the document headers,
 * checks the bearer token (`token`, with `hono/bearer-auth`) unless the
 * operation's document opens it to anyone, refuses with 406 an Accept header
 * that admits none of the media types the operation answers with (recording
 * the one preferred as `mediaType`), reads and parses its JSON body within
 * its limit, then runs its handler.
 *
 * @example
 * serveOperations(app, [...catalogOperations(advisor), ...metaOperations(advisor, readiness)], { token });
 */
export function serveOperations(app: Hono<AppEnv>, operations: readonly AnyOperation[], options: { token?: MiddlewareHandler<AppEnv> } = {}): void {
  const nothing = async () => {};
  for (const op of operations) {
    const route = honoPath(op.path);
    const offers = answeredTypes(op);
    const { body, page, handler, refusal } = op;
    const guard = isOpen(op) ? undefined : options.token;
    const answer = async (c: Context<AppEnv>) => {
      if (offers.length > 0) {
        const mediaType = negotiate(c, offers as [string, ...string[]]);
        if (mediaType === undefined) throw notAcceptable(c, offers);
        c.set('mediaType', mediaType);
      }
      return handler(c, body ? await readJsonBody(c, body.parse, body.limit) : undefined);
    };
    app.on(op.method.toUpperCase(), route, async (c) => {
      c.set('route', route);
      if (page) c.set('page', true);
      if (guard) await guard(c, nothing);
      if (!refusal) return answer(c);
      try {
        return await answer(c);
      } catch (error) {
        if (!(error instanceof HttpProblem)) throw error;
        c.set('problem', error.slug);
        return refusal(c, error);
      }
    });
  }
}

/**
 * For a path that matches an operation but not the request's method, the
 * route (in OpenAPI form) and the `Allow` header for its 405; undefined for
 * a path no operation has, which is a 404.
 *
 * @example
 * const allowed = allowedMethods(operations);
 * allowed('/v1/services/s3'); // { route: '/v1/services/{id}', allow: 'GET, HEAD' }
 * allowed('/nowhere'); // undefined
 */
export function allowedMethods(operations: readonly AnyOperation[]): (path: string) => { route: string; allow: string } | undefined {
  const byPath = new Map<string, string[]>();
  for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op.method.toUpperCase()]);
  const known = [...byPath].map(([route, methods]) => {
    const pattern = route
      .split('/')
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return { route, allow: [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '), pattern: new RegExp(`^${pattern}$`) };
  });
  return (path) => {
    for (const { route, allow, pattern } of known) if (pattern.test(path)) return { route, allow };
    return undefined;
  };
}

/**
 * What no operation answers, as problems: a path with a stray trailing slash
 * redirected (GET) to the operation without it, 405 with `Allow` for a
 * known path and another method, 404 otherwise; thrown `HttpProblem`s as
 * their problem; anything unexpected as a 500 that names the request id,
 * its stack logged. Hono's `method-not-allowed` middleware would run on
 * every request to do the 405 part; this runs only when no route matched.
 *
 * @example
 * answerProblems(app, operations, logger);
 */
export function answerProblems(app: Hono<AppEnv>, operations: readonly AnyOperation[], logger?: Logger): void {
  const allowed = allowedMethods(operations);
  app.notFound((c) => {
    const path = c.req.path;
    const trimmed = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : undefined;
    if (trimmed && (c.req.method === 'GET' || c.req.method === 'HEAD') && allowed(trimmed)?.allow.includes(c.req.method)) {
      const url = new URL(c.req.url);
      url.pathname = trimmed;
      return c.redirect(url.toString(), 301);
    }
    const known = allowed(path);
    if (known) return problem(c, 'method-not-allowed', `${c.req.method} is not allowed on ${known.route}; use ${known.allow}`, { headers: { Allow: known.allow } });
    return problem(c, 'not-found', `no route ${c.req.method} ${path}; see /docs for the API`);
  });
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.slug, error.message, error.options);
    if (error instanceof HTTPException) return error.getResponse();
    logger?.error({ err: error, requestId: c.get('requestId'), method: c.req.method, path: requestTarget(c.req.url) }, 'unexpected error');
    return problem(c, 'internal-error', `something went wrong; quote request id ${c.get('requestId')} when reporting it`);
  });
}
