import type { MiddlewareHandler } from 'hono';
import { isLoopback } from '../config.js';
import type { Logger } from '../log/logger.js';
import type { AppEnv } from './env.js';
import { hostCheck } from './host-check.js';
import type { Metrics } from './metrics.js';
import { problem } from './problem.js';
import { requestLogger } from './request-log.js';
import { dress } from './respond.js';

export interface EdgeOptions {
  /** Address the server binds to: bound to loopback, every route checks Host and Origin; beyond it, /mcp does. */
  bindHost: string;
  /** Extra Host names accepted (ADVISOR_ALLOWED_HOSTS); `*` accepts any. */
  allowedHosts: readonly string[];
  /** Browser origins allowed (ADVISOR_CORS_ORIGINS), accepted as Origin too. */
  corsOrigins?: readonly string[];
  /** Take the request id from X-Request-Id (ADVISOR_TRUST_PROXY): only behind a proxy that sets it. */
  trustRequestId?: boolean;
  /** Where one line per request goes; omit for none. */
  logger?: Logger;
  /** Requests, latency and problems counted here; omit for none. */
  metrics?: Metrics;
}

/** What a trusted X-Request-Id may hold, as `hono/request-id` accepts it: word characters, `-` and `=`, at most 255. */
const REQUEST_ID = /^[\w\-=]{1,255}$/;

/** Did the request come over HTTPS, to us or to the proxy in front of us? */
const overHttps = (url: string, forwardedProto: string | null) =>
  url.startsWith('https:') || (forwardedProto !== null && /^\s*https\s*(?:,|$)/i.test(forwardedProto));

/**
 * The edge of the API, one middleware that reads each header once: the
 * request id (made up, or a trusted proxy's), HTTPS, the Host and Origin
 * check (DNS rebinding), then, once the answer is ready, the static headers
 * on any answer not built with them, the request metrics by route pattern
 * (the operation's, or `unmatched`) and one log line.
 *
 * @example
 * app.use(edge({ bindHost: '127.0.0.1', allowedHosts: [], logger, metrics }));
 */
export function edge(options: EdgeOptions): MiddlewareHandler<AppEnv> {
  const refusal = hostCheck(options);
  const everyRoute = isLoopback(options.bindHost);
  const log = options.logger && requestLogger(options.logger);
  const { metrics } = options;
  const trust = options.trustRequestId === true;
  return async function edgeOfTheApi(c, next) {
    const started = performance.now();
    const request = c.req.raw;
    const headers = request.headers;
    const given = trust ? headers.get('x-request-id') : null;
    c.set('requestId', given !== null && REQUEST_ID.test(given) ? given : crypto.randomUUID());
    if (overHttps(request.url, headers.get('x-forwarded-proto'))) c.set('https', true);
    const refused = everyRoute || c.req.path === '/mcp' ? refusal(headers.get('host') ?? new URL(request.url).host, headers.get('origin') ?? undefined) : undefined;
    if (refused) c.res = problem(c, 'forbidden', refused);
    else await next();
    dress(c, c.res);
    if (metrics) {
      metrics.observeRequest(request.method, c.get('route') ?? 'unmatched', c.res.status, (performance.now() - started) / 1000);
      const slug = c.get('problem');
      if (slug) metrics.countProblem(slug);
    }
    log?.(c, started);
  };
}
