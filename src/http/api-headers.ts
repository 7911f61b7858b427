import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * On every answer: the headers the OWASP REST Security Cheat Sheet lists for
 * API responses (`frame-ancestors 'none'`, `nosniff`, `DENY`), and nothing
 * else of what `hono/secure-headers` sets, which only documents need.
 */
export const apiSecurityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: { frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });

/** On the pages a browser renders (the playground, `/docs` and their files): the rest of `hono/secure-headers`' defaults. */
export const documentSecurityHeaders = () => secureHeaders({ strictTransportSecurity: false, xFrameOptions: false });

const HSTS = 'max-age=15552000; includeSubDomains';

/** Did the request come over HTTPS, to us or to the proxy in front of us? */
function overHttps(url: string, forwardedProto: string | undefined): boolean {
  return url.startsWith('https:') || (forwardedProto !== undefined && /^\s*https\s*(?:,|$)/i.test(forwardedProto));
}

/**
 * What `hono/secure-headers` cannot make conditional: `Cache-Control:
 * no-store` unless the route chose its own caching, and
 * `Strict-Transport-Security` only over HTTPS (RFC 6797 section 7.2).
 *
 * @example
 * app.use(noStoreAndHsts());
 */
export function noStoreAndHsts(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
    if (overHttps(c.req.url, c.req.header('x-forwarded-proto'))) headers.set('Strict-Transport-Security', HSTS);
  };
}
