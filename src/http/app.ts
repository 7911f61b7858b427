import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { cors } from 'hono/cors';
import { trimTrailingSlash } from 'hono/trailing-slash';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { isLoopback } from '../config.js';
import type { Advisor } from '../domain/advisor.js';
import type { Logger } from '../log/logger.js';
import type { McpHttpEndpoint } from '../mcp/http-endpoint.js';
import { apiSecurityHeaders, documentSecurityHeaders, noStoreAndHsts } from './api-headers.js';
import { type AppEnv, DEFAULT_LIMITS, type HttpLimits } from './env.js';
import { answersWith } from './content-negotiation.js';
import { apiOperations } from './openapi.js';
import type { Operations } from './openapi-parts.js';
import type { Metrics } from './metrics.js';
import { HttpProblem, problem } from './problem.js';
import { requestLog, requestTarget } from './request-log.js';
import { requestMetrics } from './request-metrics.js';
import { allowedMethods, answeredTypes } from './route-table.js';
import { catalogRoutes } from './routes/catalog.js';
import { docsRoutes } from './routes/docs.js';
import { mcpRoutes } from './routes/mcp.js';
import { metaRoutes, type Readiness } from './routes/meta.js';
import { metricsRoutes } from './routes/metrics.js';
import { playgroundRoutes } from './routes/playground.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { ruleRoutes } from './routes/rules.js';
import { workloadRoutes } from './routes/workloads.js';
import { hostGuard } from './security.js';

export interface AppOptions {
  advisor: Advisor;
  /** Where unexpected errors are logged (at `error`, with their stack and request id); omit to stay silent. */
  logger?: Logger;
  /** Also log one line per request (ADVISOR_LOG=requests or debug). */
  logRequests?: boolean;
  limits?: Partial<HttpLimits>;
  readiness?: Readiness;
  /** Today's date (YYYY-MM-DD) for ADR front matter. */
  today?: () => string;
  /** The MCP server over Streamable HTTP at /mcp, with sessions or stateless; omitted, /mcp answers 404. */
  mcp?: McpHttpEndpoint;
  /** Address the server binds to: decides which routes check the Host header, and which names it accepts. */
  bindHost?: string;
  /** Extra Host names accepted (ADVISOR_ALLOWED_HOSTS); `*` accepts any. */
  allowedHosts?: readonly string[];
  /** Prometheus metrics, counted by this app and served at /metrics; omitted, nothing is counted and /metrics answers 404. */
  metrics?: Metrics;
  /** Bearer token required on /v1/*, /mcp and /metrics (ADVISOR_TOKEN). */
  token?: string;
  /** Origins allowed to call the API from a browser (ADVISOR_CORS_ORIGINS); CORS is off when empty. */
  corsOrigins?: readonly string[];
}

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

  const base = new Hono<AppEnv>();
  const operations = servedOperations(options);
  useMiddleware(base, options, operations);

  const app = base
    .route('/', recommendationRoutes({ advisor, limits, today, onAnswer: options.metrics?.countAnswer }))
    .route('/', workloadRoutes({ limits }))
    .route('/', catalogRoutes(advisor))
    .route('/', ruleRoutes(advisor))
    .route('/', metaRoutes(advisor, readiness))
    .route('/', docsRoutes())
    .route('/', playgroundRoutes(advisor));
  if (options.mcp) base.route('/', mcpRoutes(options.mcp));
  if (options.metrics) base.route('/', metricsRoutes(options.metrics));

  answerProblems(base, options, operations);
  return app;
}

/** Request id, logs, metrics, security headers, host and CORS checks, the token, and Accept, in that order. */
function useMiddleware(base: Hono<AppEnv>, options: AppOptions, operations: Operations): void {
  const bindHost = options.bindHost ?? '127.0.0.1';
  base.use(requestId());
  // `/docs/` and any other GET with a stray trailing slash that finds no route is redirected to the path without it.
  base.use(trimTrailingSlash());
  if (options.logger && options.logRequests) base.use(requestLog(options.logger));
  if (options.metrics) base.use(requestMetrics(options.metrics));
  base.use(apiSecurityHeaders(), noStoreAndHsts());
  for (const page of DOCUMENT_PATHS) base.use(page, documentSecurityHeaders());
  // Bound to loopback, every route is guarded against DNS rebinding; bound beyond it, /mcp is (REST answers load balancers' probes by any name).
  base.use(isLoopback(bindHost) ? '*' : '/mcp', hostGuard({ bindHost, allowedHosts: options.allowedHosts ?? [], corsOrigins: options.corsOrigins }));
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    base.use(
      cors({
        origin: options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins],
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Authorization', 'Mcp-Session-Id', 'Mcp-Protocol-Version', 'Last-Event-ID', 'X-Request-Id'],
        exposeHeaders: ['Mcp-Session-Id', 'Mcp-Protocol-Version', 'X-Request-Id'],
      }),
    );
  }
  if (options.token) {
    const guard = tokenGuard(options.token);
    base.use('/v1/*', guard);
    base.use('/mcp', guard);
    base.use('/metrics', guard);
  }

  // Every route honours Accept: 406 unless the header admits a type the route's operation declares it answers with.
  for (const { path, method, types } of answeredTypes(operations)) base.on(method, path, answersWith(...types));
}

/** The documented operations this app serves: the route table behind its 405s and its Accept checks. */
function servedOperations(options: AppOptions): Operations {
  const operations = apiOperations();
  if (!options.mcp) delete operations['/mcp'];
  if (!options.metrics) delete operations['/metrics'];
  return operations;
}

/** Unknown routes (404, or 405 with Allow for a known path), HttpProblems, and unexpected errors as problems. */
function answerProblems(base: Hono<AppEnv>, options: AppOptions, operations: Operations): void {
  const allowed = allowedMethods(operations);
  base.notFound((c) => {
    const known = allowed(c.req.path);
    if (known) {
      return problem(c, 'method-not-allowed', `${c.req.method} is not allowed on ${known.route}; use ${known.allow}`, { headers: { Allow: known.allow } });
    }
    return problem(c, 'not-found', `no route ${c.req.method} ${c.req.path}; see /docs for the API`);
  });
  base.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.slug, error.message, error.options);
    if (error instanceof HTTPException) return error.getResponse();
    options.logger?.error({ err: error, requestId: c.get('requestId'), method: c.req.method, path: requestTarget(c.req.url) }, 'unexpected error');
    return problem(c, 'internal-error', `something went wrong; quote request id ${c.get('requestId')} when reporting it`);
  });
}

/** `hono/bearer-auth`, answering its refusals as 401 problems with the Bearer challenge. */
function tokenGuard(token: string) {
  const refuse = (detail: string) => ({
    message: (c: Parameters<typeof problem>[0]) => problem(c, 'unauthorized', detail),
    wwwAuthenticateHeader: 'Bearer realm="aws-data-advisor"',
  });
  return bearerAuth({
    token,
    noAuthenticationHeader: refuse('send Authorization: Bearer <token>'),
    invalidAuthenticationHeader: refuse('send Authorization: Bearer <token>'),
    invalidToken: refuse('the bearer token is not valid'),
  });
}

/** The app's type, for a fully typed `hc<AppType>()` client from `hono/client`. */
export type AppType = ReturnType<typeof createApp>;
