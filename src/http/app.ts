import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Advisor } from '../domain/advisor.js';
import type { McpSessions } from '../mcp/http-sessions.js';
import { type AppEnv, DEFAULT_LIMITS, type HttpLimits } from './env.js';
import { allowedMethods } from './method-not-allowed.js';
import { HttpProblem, problem } from './problem.js';
import { type LogLine, printable, requestLog } from './request-log.js';
import { catalogRoutes } from './routes/catalog.js';
import { docsRoutes } from './routes/docs.js';
import { mcpRoutes } from './routes/mcp.js';
import { metaRoutes, type Readiness } from './routes/meta.js';
import { playgroundRoutes } from './routes/playground.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { ruleRoutes } from './routes/rules.js';
import { isLoopback } from '../config.js';
import { bearerToken, hostGuard } from './security.js';
import { requestIdOf, standardHeaders } from './response-headers.js';
import { DOCUMENT_SECURITY_HEADERS, securityHeaders } from './security-headers.js';

export interface AppOptions {
  advisor: Advisor;
  /** Request log lines (one per request); omit to stay silent. */
  log?: LogLine;
  /** Unexpected errors, with their request id; omit to stay silent. */
  logError?: LogLine;
  limits?: Partial<HttpLimits>;
  readiness?: Readiness;
  /** Today's date (YYYY-MM-DD) for ADR front matter. */
  today?: () => string;
  /** The MCP server over Streamable HTTP at /mcp; omitted, /mcp answers 404. */
  mcp?: McpSessions;
  /** Address the server binds to: decides which routes check the Host header, and which names it accepts. */
  bindHost?: string;
  /** Extra Host names accepted (ADVISOR_ALLOWED_HOSTS); `*` accepts any. */
  allowedHosts?: readonly string[];
  /** Bearer token required on /v1/* and /mcp (ADVISOR_TOKEN). */
  token?: string;
  /** Origins allowed to call the API from a browser (ADVISOR_CORS_ORIGINS); CORS is off when empty. */
  corsOrigins?: readonly string[];
}

/** Every route and the methods it answers, for 405s and the route list in tests. */
export const ROUTES = [
  ['/v1/recommendations', ['POST']],
  ['/v1/recommendations/batch', ['POST']],
  ['/v1/services', ['GET']],
  ['/v1/services/:id', ['GET']],
  ['/v1/compare', ['GET']],
  ['/v1/rules', ['GET']],
  ['/v1/rules/:id', ['GET']],
  ['/v1/schema/workload', ['GET']],
  ['/healthz', ['GET']],
  ['/readyz', ['GET']],
  ['/openapi.yaml', ['GET']],
  ['/docs', ['GET']],
  ['/', ['GET']],
] as const;

const MCP_ROUTE = ['/mcp', ['POST', 'GET', 'DELETE']] as const;

/** What a browser renders as a page, or loads into one: these get the document security headers too. */
const DOCUMENT_PATHS = ['/', '/playground/*', '/docs', '/docs/*'] as const;

/**
 * Builds the REST API over an advisor. No port, no env: entry points wire it
 * to a server, tests call `app.request()`.
 *
 * @example
 * const app = createApp({ advisor: createAdvisor() });
 * const res = await app.request('/v1/recommendations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
 */
export function createApp(options: AppOptions) {
  const { advisor } = options;
  const limits: HttpLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const readiness = options.readiness ?? { ready: () => true };
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  const groups = [
    recommendationRoutes({ advisor, limits, today }),
    catalogRoutes(),
    ruleRoutes(advisor),
    metaRoutes(advisor, readiness),
    docsRoutes(),
    playgroundRoutes(),
  ] as const;
  const mcp = options.mcp ? mcpRoutes(options.mcp) : undefined;

  const [recommendations, catalog, rules, meta, docs, playground] = groups;

  const base = new Hono<AppEnv>();
  // The recommendation routes answer only through `respond()` and `problem()`,
  // which write the standard headers themselves. They skip this middleware, so
  // that Hono, finding one handler for them, calls it directly instead of
  // running a middleware chain: these are the routes under load.
  const selfHeaded = new Set(recommendations.routes.map((route) => route.path));
  const served = new Set([...groups, ...(mcp ? [mcp] : [])].flatMap((group) => group.routes.map((route) => route.path)));
  for (const path of served) if (!selfHeaded.has(path)) base.use(path, standardHeaders());
  if (options.log) base.use(requestLog(options.log));
  for (const page of DOCUMENT_PATHS) base.use(page, securityHeaders(DOCUMENT_SECURITY_HEADERS));
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    base.use(
      cors({
        origin: [...options.corsOrigins],
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Authorization', 'Mcp-Session-Id', 'Mcp-Protocol-Version', 'Last-Event-ID', 'X-Request-Id'],
        exposeHeaders: ['Mcp-Session-Id', 'Mcp-Protocol-Version', 'X-Request-Id'],
      }),
    );
  }
  // Bound to loopback, every route is guarded against DNS rebinding; bound beyond it, /mcp is (REST answers load balancers' probes by any name).
  const bindHost = options.bindHost ?? '127.0.0.1';
  const guard = hostGuard({ bindHost, allowedHosts: options.allowedHosts ?? [], corsOrigins: options.corsOrigins });
  base.use(isLoopback(bindHost) ? '*' : '/mcp', guard);
  if (options.token) {
    base.use('/v1/*', bearerToken(options.token));
    base.use('/mcp', bearerToken(options.token));
  }

  const app = base
    .route('/', recommendations)
    .route('/', catalog)
    .route('/', rules)
    .route('/', meta)
    .route('/', docs)
    .route('/', playground);
  if (mcp) base.route('/', mcp);

  const allowed = allowedMethods(options.mcp ? [...ROUTES, MCP_ROUTE] : ROUTES);
  base.notFound((c) => {
    const known = allowed(c.req.path);
    if (known) {
      return problem(c, 'method-not-allowed', `${c.req.method} is not allowed on ${known.route}; use ${known.allow}`, { headers: { Allow: known.allow } });
    }
    return problem(c, 'not-found', `no route ${c.req.method} ${c.req.path}; see /docs for the API`);
  });
  base.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.slug, error.message, error.options);
    options.logError?.(`error id=${requestIdOf(c)} ${c.req.method} ${printable(c.req.path)}: ${error.stack ?? error.message}`);
    return problem(c, 'internal-error', `something went wrong; quote request id ${requestIdOf(c)} when reporting it`);
  });
  return app;
}

/** The app's type, for a fully typed `hc<AppType>()` client from `hono/client`. */
export type AppType = ReturnType<typeof createApp>;
