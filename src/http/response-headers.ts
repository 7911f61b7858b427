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
 * The headers every response carries: the API security headers (HSTS only
 * over HTTPS) and an `X-Request-Id` (the caller's, when usable, or a new UUID, also in
 * `c.var.requestId` for logs and problems).
 *
 * A route answering through {@link respond} writes them itself, as one plain
 * object, which `@hono/node-server` hands to Node untouched. Any other
 * response gets them after the handler, without overriding a header the
 * route set (a static file's `Cache-Control`, say). Setting them on the
 * context before the handler instead would make every response build a
 * WHATWG `Headers` object, which the benchmark showed costing more than the
 * rule evaluation itself.
 *
 * @example
 * app.use(standardHeaders());
 */
export function standardHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header(REQUEST_ID_HEADER);
    const requestId = given !== undefined && USABLE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    if (c.get('standardHeadersSent')) return;
    const { headers } = c.res;
    for (const [name, value] of API_SECURITY_HEADERS) if (!headers.has(name)) headers.set(name, value);
    if (overHttps(c)) headers.set(...HSTS_HEADER);
    headers.set(REQUEST_ID_HEADER, requestId);
  };
}

/**
 * A response with a body already serialized, carrying the standard headers
 * plus `headers`, typed for `hono/client` as `T` when the body is JSON.
 *
 * @example
 * return respond<Recommendation>(c, JSON.stringify(answer), 'application/json', { Vary: 'Accept' });
 */
export function respond<T = never>(
  c: Context<AppEnv>,
  body: string,
  contentType: string,
  headers: Readonly<Record<string, string>> = {},
  status: 200 = 200,
): Response & TypedResponse<T, 200, 'json'> {
  c.set('standardHeadersSent', true);
  // Built one property at a time: spreads with a computed key make V8 fall
  // back to a dictionary object, which costs microseconds here and in Node.
  const all: Record<string, string> = {};
  for (const [name, value] of API_SECURITY_HEADERS) all[name] = value;
  if (overHttps(c)) all[HSTS_HEADER[0]] = HSTS_HEADER[1];
  all[REQUEST_ID_HEADER] = c.get('requestId');
  all['Content-Type'] = contentType;
  for (const name in headers) all[name] = headers[name];
  return new Response(body, { status, headers: all }) as Response & TypedResponse<T, 200, 'json'>;
}
