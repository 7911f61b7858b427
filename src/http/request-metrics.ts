import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.js';
import type { Metrics } from './metrics.js';

/**
 * The route pattern that answered (`/v1/services/:id`): the last matched
 * handler, not middleware; `unmatched` when none did (404s, 405s), so that
 * no path a client makes up becomes a series of its own.
 */
function routePattern(c: Context<AppEnv>): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) if (routes[i].method !== 'ALL') return routes[i].path;
  return 'unmatched';
}

/**
 * Counts each request and its latency by method, route pattern and status,
 * and each problem answer by type (the slug `problem()` records).
 *
 * @example
 * app.use(requestMetrics(metrics));
 */
export function requestMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    metrics.observeRequest(c.req.method, routePattern(c), c.res.status, (performance.now() - started) / 1000);
    const slug = c.get('problem');
    if (slug) metrics.countProblem(slug);
  };
}
