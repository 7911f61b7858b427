import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { cors } from 'hono/cors';
import type { Advisor } from '../domain/advisor.js';
import type { Logger } from '../log/logger.js';
import type { McpHttpEndpoint } from '../mcp/http-endpoint.js';
import { edge } from './edge.js';
import { type AppEnv, DEFAULT_LIMITS, type HttpLimits } from './env.js';
import type { Metrics } from './metrics.js';
import type { AnyOperation, RouteSchemaOf } from './operation.js';
import { answerProblems, serveOperations } from './operation-routes.js';
import { problem } from './problem.js';
import { catalogOperations } from './routes/catalog.js';
import { comparisonOperations } from './routes/comparisons.js';
import { docsOperations } from './routes/docs.js';
import { mcpOperations } from './routes/mcp.js';
import { metaOperations, type Readiness } from './routes/meta.js';
import { metricsOperations } from './routes/metrics.js';
import { playgroundOperations } from './routes/playground.js';
import { recommendationOperations } from './routes/recommendations.js';
import { ruleOperations } from './routes/rules.js';
import { workloadOperations } from './routes/workloads.js';

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
  /** Bearer token required on every operation the OpenAPI document does not open to anyone: /v1/*, /mcp and /metrics (ADVISOR_TOKEN). */
  token?: string;
  /** Origins allowed to call the API from a browser (ADVISOR_CORS_ORIGINS); CORS is off when empty. */
  corsOrigins?: readonly string[];
  /** Take each request's id from its X-Request-Id header (ADVISOR_TRUST_PROXY): only behind a proxy that sets it; otherwise every request gets a new one. */
  trustRequestId?: boolean;
  /** Named request examples for the OpenAPI document (the scenario workloads). */
  examples?: ReadonlyArray<{ name: string; summary: string; workload: unknown }>;
}

/** Every operation the app can serve: the one list its routes, 405s, Accept checks, metric labels and OpenAPI document come from. */
function allOperations(options: AppOptions, mcp: McpHttpEndpoint, metrics: Metrics) {
  const { advisor } = options;
  const limits: HttpLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  return [
    ...recommendationOperations({ advisor, limits, today, onAnswer: options.metrics?.countAnswer }, options.examples),
    ...comparisonOperations({ advisor, limits, today, onAnswer: options.metrics?.countAnswer }),
    ...workloadOperations({ limits }),
    ...catalogOperations(advisor),
    ...ruleOperations(advisor),
    ...metaOperations(advisor, options.readiness ?? { ready: () => true }),
    ...metricsOperations(metrics),
    ...playgroundOperations(advisor),
    ...docsOperations(),
    ...mcpOperations(mcp),
  ] as const;
}

/** The operations this app serves: all of them but /mcp without an MCP endpoint and /metrics without metrics. */
export function appOperations(options: AppOptions): AnyOperation[] {
  const { mcp, metrics } = options;
  const operations: readonly AnyOperation[] = allOperations(options, mcp as McpHttpEndpoint, metrics as Metrics);
  return operations.filter((op) => (op.path !== '/mcp' || mcp) && (op.path !== '/metrics' || metrics));
}

/** The routes as `hono/client` sees them, derived from the operations. */
type AppRoutes = RouteSchemaOf<ReturnType<typeof allOperations>>;

/**
 * Builds the REST API over an advisor. No port, no env: entry points wire it
 * to a server, tests call `app.request()`. Every operation is declared once
 * (see `operation.ts`); the edge middleware reads the headers once.
 *
 * @example
 * const app = createApp({ advisor: createAdvisor() });
 * const res = await app.request('/v1/recommendations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
 */
export function createApp(options: AppOptions): Hono<AppEnv, AppRoutes, '/'> {
  const app = new Hono<AppEnv>();
  const operations = appOperations(options);
  app.use(
    edge({
      bindHost: options.bindHost ?? '127.0.0.1',
      allowedHosts: options.allowedHosts ?? [],
      corsOrigins: options.corsOrigins,
      trustRequestId: options.trustRequestId,
      logger: options.logRequests ? options.logger : undefined,
      metrics: options.metrics,
    }),
  );
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins],
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Authorization', 'Mcp-Session-Id', 'Mcp-Protocol-Version', 'Last-Event-ID', 'X-Request-Id'],
        exposeHeaders: ['Mcp-Session-Id', 'Mcp-Protocol-Version', 'X-Request-Id'],
      }),
    );
  }
  serveOperations(app, operations, { token: options.token ? tokenGuard(options.token) : undefined });
  answerProblems(app, operations, options.logger);
  return app as unknown as Hono<AppEnv, AppRoutes, '/'>;
}

/** `hono/bearer-auth`, answering its refusals as 401 problems with the Bearer challenge. */
function tokenGuard(token: string) {
  const refuse = (detail: string) => ({
    message: (c: Parameters<typeof problem>[0]) => problem(c, 'unauthorized', detail),
    wwwAuthenticateHeader: 'Bearer realm="aws-data-advisor"',
  });
  return bearerAuth<AppEnv>({
    token,
    noAuthenticationHeader: refuse('send Authorization: Bearer <token>'),
    invalidAuthenticationHeader: refuse('send Authorization: Bearer <token>'),
    invalidToken: refuse('the bearer token is not valid'),
  });
}

/** The app's type, for a fully typed `hc<AppType>()` client from `hono/client`. */
export type AppType = ReturnType<typeof createApp>;
