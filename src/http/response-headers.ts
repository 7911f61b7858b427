import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { AppEnv } from './env.js';
import { API_SECURITY_HEADERS, HSTS_HEADER } from './security-headers.js';

const REQUEST_ID_HEADER = 'X-Request-Id';

/** Did the request come over HTTPS, to us or to the proxy in front of us? */
function overHttps(c: Context): boolean {
  if (c.req.url.startsWith('https:')) return true;
  const forwarded = c.req.header('x-forwarded-proto');
  return forwarded !== undefined && /^\s*https\s*(?:,|$)/i.test(forwarded);
}

/** A caller's own id is kept when it is short and plain; anything else gets a fresh UUID. */
const USABLE_REQUEST_ID = /^[\w\-=]{1,255}$/;

/**
 * This request's id: the caller's `X-Request-Id` when it is short and plain,
 * a new UUID otherwise. Worked out on first use and kept in `c.var.requestId`.
 *
 * @example
 * log(`error id=${requestIdOf(c)}`);
 */
export function requestIdOf(c: Context<AppEnv>): string {
  let id = c.get('requestId');
  if (id === undefined) {
    const given = c.req.header(REQUEST_ID_HEADER);
    id = given !== undefined && USABLE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
  }
  return id;
}

/**
 * The headers every response carries: the API security headers (HSTS only
 * over HTTPS) and an `X-Request-Id` (see {@link requestIdOf}).
 *
 * Answers built by {@link respond} or `problem()` carry them already, as one
 * plain object, which `@hono/node-server` hands to Node untouched; routes
 * that answer only through those two need not run this middleware at all.
 * Any other response gets them after the handler, without overriding a
 * header the route set (a static file's `Cache-Control`, say). Setting them
 * on the context before the handler instead would make every response build
 * a WHATWG `Headers` object, which the benchmark showed costing more than the
 * rule evaluation itself.
 *
 * @example
 * app.use('/v1/services', standardHeaders());
 */
export function standardHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.get('standardHeadersSent')) return;
    const { headers } = c.res;
    const standard = standardHeaderValues(c);
    for (const name in standard) if (!headers.has(name)) headers.set(name, standard[name]);
  };
}

/**
 * The standard headers for this request as a plain object, built one
 * property at a time: spreads with a computed key make V8 fall back to a
 * dictionary object, which costs microseconds here and in Node.
 */
function standardHeaderValues(c: Context<AppEnv>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of API_SECURITY_HEADERS) values[name] = value;
  if (overHttps(c)) values[HSTS_HEADER[0]] = HSTS_HEADER[1];
  values[REQUEST_ID_HEADER] = requestIdOf(c);
  return values;
}

/**
 * A 200 response with a body already serialized, carrying the standard
 * headers plus `headers`, typed for `hono/client` as `T` when the body is JSON.
 *
 * @example
 * return respond<Recommendation>(c, JSON.stringify(answer), 'application/json', { Vary: 'Accept' });
 */
export function respond<T = never>(
  c: Context<AppEnv>,
  body: string,
  contentType: string,
  headers: Readonly<Record<string, string>> = {},
): Response & TypedResponse<T, 200, 'json'> {
  return respondWithStatus(c, body, 200, contentType, headers) as Response & TypedResponse<T, 200, 'json'>;
}

/**
 * A response with the standard headers, `Content-Type` and `headers`, built
 * as one plain object.
 *
 * @example
 * return respondWithStatus(c, JSON.stringify(problem), 404, 'application/problem+json');
 */
export function respondWithStatus(
  c: Context<AppEnv>,
  body: string,
  status: number,
  contentType: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  c.set('standardHeadersSent', true);
  const all = standardHeaderValues(c);
  all['Content-Type'] = contentType;
  for (const name in headers) all[name] = headers[name];
  return new Response(body, { status, headers: all });
}
