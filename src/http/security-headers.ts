import type { MiddlewareHandler } from 'hono';

/**
 * On every response: the headers the OWASP REST Security Cheat Sheet lists
 * for API responses, but {@link HSTS_HEADER}. Routes may override
 * `Cache-Control` (static assets do).
 */
export const API_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Cache-Control', 'no-store'],
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * On responses to requests that came over HTTPS (directly, or through a
 * proxy that says so in `X-Forwarded-Proto`) only: RFC 6797 section 7.2
 * forbids it over plain HTTP, where browsers ignore it anyway.
 */
export const HSTS_HEADER = ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'] as const;

/**
 * Also on the pages a browser renders (the playground, `/docs` and their
 * files): the rest of what `hono/secure-headers` sets by default, which the
 * cheat sheet leaves out of API responses because they only matter to
 * documents, and which every JSON answer would otherwise pay for in bytes
 * and time.
 */
export const DOCUMENT_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * Adds headers to every response it sees, after the handler, unless the
 * route set them itself. (The API headers, which every response carries,
 * come from `standardHeaders()`.)
 *
 * @example
 * app.use('/docs', securityHeaders(DOCUMENT_SECURITY_HEADERS));
 */
export function securityHeaders(headers: ReadonlyArray<readonly [string, string]>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const target = c.res.headers;
    for (const [name, value] of headers) if (!target.has(name)) target.set(name, value);
  };
}
