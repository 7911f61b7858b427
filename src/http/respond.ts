import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * On every answer: the headers the OWASP REST Security Cheat Sheet lists for
 * API responses, as `hono/secure-headers` writes them with
 * `frameAncestors: ['none']`, `xFrameOptions: 'DENY'` and nothing else (a
 * test holds the two equal), and `Cache-Control: no-store` unless the route
 * chose its own caching.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/** On the pages a browser renders (the playground, `/docs` and their files): the rest of `hono/secure-headers`' defaults too. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
  ...API_HEADERS,
};

/** Over HTTPS only (RFC 6797 section 7.2): to us, or to the proxy in front of us. */
const HSTS = { 'Strict-Transport-Security': 'max-age=15552000; includeSubDomains' } as const;

/** The four sets of static headers, made once: API or page, over HTTP or HTTPS. */
const STATIC = {
  api: API_HEADERS,
  page: PAGE_HEADERS,
  apiHttps: { ...API_HEADERS, ...HSTS },
  pageHttps: { ...PAGE_HEADERS, ...HSTS },
} as const;

/** Answers built here; the edge dresses any other answer (a library's) after the fact. */
const DRESSED = new WeakSet<Response>();

/** The static headers for this request, as the edge and the operation left them: API or page, HTTP or HTTPS. */
function staticHeaders(c: Context<AppEnv>): Readonly<Record<string, string>> {
  const https = c.get('https') === true;
  return c.get('page') ? (https ? STATIC.pageHttps : STATIC.page) : https ? STATIC.apiHttps : STATIC.api;
}

/** The static headers and the request id for this request. */
export function edgeHeaders(c: Context<AppEnv>): Record<string, string> {
  const requestId = c.get('requestId');
  return requestId === undefined ? { ...staticHeaders(c) } : { ...staticHeaders(c), 'X-Request-Id': requestId };
}

/**
 * An answer with every header in one plain object (the static headers, the
 * request id, then `headers`): the Node adapter writes such an answer
 * without building a `Headers` object.
 *
 * @example
 * return respond(c, JSON.stringify(answer), 200, { 'Content-Type': 'application/json', Vary: 'Accept' });
 */
export function respond(c: Context<AppEnv>, body: string | Uint8Array | ReadableStream | null, status: number, headers: Record<string, string> = {}): Response {
  const requestId = c.get('requestId');
  const all = requestId === undefined ? { ...staticHeaders(c), ...headers } : { ...staticHeaders(c), 'X-Request-Id': requestId, ...headers };
  const response = new Response(body as ConstructorParameters<typeof Response>[0], { status, headers: all });
  DRESSED.add(response);
  return response;
}

/**
 * A JSON answer.
 *
 * @example
 * return respondJson(c, { services: catalog.list() });
 */
export function respondJson(c: Context<AppEnv>, value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return respond(c, JSON.stringify(value), status, { 'Content-Type': 'application/json', ...headers });
}

/**
 * Puts the static headers and the request id on an answer built elsewhere
 * (a library's), keeping any it already sets (its own caching, say).
 *
 * @example
 * dress(c, c.res);
 */
export function dress(c: Context<AppEnv>, response: Response): void {
  if (DRESSED.has(response)) return;
  const headers = response.headers;
  for (const [name, value] of Object.entries(edgeHeaders(c))) {
    if (name === 'X-Request-Id' || !headers.has(name)) headers.set(name, value);
  }
}
