import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** Is this bind address reachable only from this machine? */
export function isLoopback(host: string): boolean {
  return LOCAL_HOSTS.includes(host.toLowerCase()) || /^127\./.test(host);
}

/** `example.com:3000` → `example.com`; `[::1]:3000` → `[::1]`. */
function hostname(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0];
}

/**
 * DNS-rebinding protection (MCP specification, transport security): the Host
 * header, and the Origin header when a browser sends one, must name an
 * allowed host. A server bound to loopback allows only localhost names; one
 * bound elsewhere allows the configured hosts, or any host when none are
 * configured (it is reachable by those names anyway).
 *
 * @example
 * app.use('/mcp', hostGuard({ bindHost: '127.0.0.1', allowedHosts: [] }));
 */
export function hostGuard(options: { bindHost: string; allowedHosts: readonly string[] }): MiddlewareHandler<AppEnv> {
  const configured = options.allowedHosts.map((host) => hostname(host));
  const allowed = isLoopback(options.bindHost) ? [...LOCAL_HOSTS, ...configured] : configured;
  const permits = (host: string) => allowed.length === 0 || allowed.includes(hostname(host));
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!permits(host)) {
      return problem(c, 'forbidden', `Host "${host}" is not allowed here; allowed hosts: ${allowed.join(', ')} (set ADVISOR_ALLOWED_HOSTS)`);
    }
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        return problem(c, 'forbidden', `Origin "${origin}" is not a valid origin`);
      }
      if (!permits(originHost)) return problem(c, 'forbidden', `Origin "${origin}" is not allowed to call this server`);
    }
    await next();
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Requires `Authorization: Bearer <token>`, compared in constant time (both
 * sides hashed first, so neither length nor content leaks through timing).
 *
 * @example
 * app.use('/v1/*', bearerToken(process.env.ADVISOR_TOKEN!));
 */
export function bearerToken(token: string): MiddlewareHandler<AppEnv> {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1].trim()), expected)) {
      return problem(c, 'unauthorized', match ? 'the bearer token is not valid' : 'send Authorization: Bearer <token>', {
        headers: { 'WWW-Authenticate': 'Bearer realm="aws-data-advisor"' },
      });
    }
    await next();
  };
}
