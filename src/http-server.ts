import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, Server as NetServer, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import type { Config } from './config.js';
import type { Advisor } from './domain/advisor.js';
import { warmUpReader } from './domain/description/index.js';
import { createApp } from './http/app.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import type { Logger } from './log/logger.js';
import { PROBLEM_TYPES, type ProblemSlug, standaloneProblem } from './http/problem.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createMcpServer } from './mcp/create-mcp-server.js';
import type { McpHttpEndpoint } from './mcp/http-endpoint.js';
import { McpSessions } from './mcp/http-sessions.js';
import { StatelessMcp } from './mcp/stateless-http.js';
import { packageVersion } from './package-files.js';

export interface RunningServer {
  url: string;
  server: Server;
  /** The MCP endpoint at /mcp: sessions in this process, or stateless (ADVISOR_MCP_SESSIONS). */
  mcp: McpHttpEndpoint;
  /** What /metrics serves. */
  metrics: Metrics;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Stops taking connections, lets every in-flight request finish, closes MCP
   * sessions; resolves true when everything drained before `timeoutMs`.
   */
  shutdown(timeoutMs: number): Promise<boolean>;
}

export interface StartOptions {
  config: Config;
  advisor: Advisor;
  /** Request lines and unexpected errors, as ADVISOR_LOG says; start-up and shutdown are the caller's to log. */
  logger: Logger;
}

/**
 * Serves the REST API and the MCP Streamable HTTP endpoint on one port.
 *
 * @example
 * const running = await startServer({ config: readConfig(process.env), advisor: createAdvisor(), logger: createLogger(pino.destination(1)) });
 * await running.shutdown(10_000);
 */
export async function startServer({ config, advisor, logger }: StartOptions): Promise<RunningServer> {
  const version = packageVersion();
  let draining = false;
  const errorLogger = config.ADVISOR_LOG === 'silent' ? undefined : logger;
  const logToolError = errorLogger && ((error: unknown, errorId: string) => errorLogger.error({ err: error, errorId }, 'unexpected error in an MCP tool call'));
  let mcp: McpHttpEndpoint | undefined;
  const metrics = createMetrics({ mcpSessionsOpen: () => mcp?.size ?? 0 });
  mcp = mcpEndpoint(config, () => createMcpServer(advisor, { version, logError: logToolError, onAnswer: metrics.countAnswer }));
  const app = createApp({
    advisor,
    mcp,
    metrics,
    bindHost: config.HOST,
    allowedHosts: config.ADVISOR_ALLOWED_HOSTS,
    token: config.ADVISOR_TOKEN,
    corsOrigins: config.ADVISOR_CORS_ORIGINS,
    trustRequestId: config.ADVISOR_TRUST_PROXY,
    readiness: { ready: () => !draining },
    logger: errorLogger,
    logRequests: config.ADVISOR_LOG === 'requests' || config.ADVISOR_LOG === 'debug',
  });

  // Loaded before the port opens, not by the first described workload: that request, and every health check
  // queued behind it, would wait about 0.2 s, long enough for a balancer to take every replica out at once.
  warmUpReader();
  const server = await listen(config, app.fetch, metrics);
  const connections = trackConnections(server, () => draining);
  // A client that reads nothing of its answer for this long is dropped: what it would not read no longer holds memory.
  // Node's socket timeout waits out a write that still progresses, however slowly.
  server.setTimeout(config.ADVISOR_WRITE_TIMEOUT_MS, connections.timedOut);

  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const endpoint = mcp;

  return {
    url,
    server,
    mcp: endpoint,
    metrics,
    inFlight: () => connections.inFlight(),
    shutdown: (timeoutMs) => {
      draining = true;
      connections.closeAfterAnswer();
      return drain(server, connections, endpoint, { timeoutMs, quietMs: config.ADVISOR_SHUTDOWN_QUIET_MS });
    },
  };
}

/**
 * Drains the server without losing a request that was sent: the listener
 * stays open, and every answer says `Connection: close`, until nothing new
 * has arrived (no connection, no request, no byte) for `quietMs`, or half
 * the grace period has passed; then it closes, connections still sending
 * nothing are cut, MCP sessions close, and the answers in progress finish.
 * False if the deadline cut some.
 */
async function drain(
  server: Server,
  connections: ReturnType<typeof trackConnections>,
  mcp: McpHttpEndpoint,
  { timeoutMs, quietMs }: { timeoutMs: number; quietMs: number },
): Promise<boolean> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  // Whatever is accepted by then has the other half of the grace period to be answered.
  await connections.quiet(quietMs, started + Math.max(quietMs, timeoutMs / 2));
  // net.Server's own close: http's would also destroy sockets whose last response is still being written.
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  // Nothing has come from these for the quiet period: a client that stopped half way, or sent nothing.
  connections.closeStalled();
  await mcp.closeAll();
  // Keep-alive sockets would hold the close open: each is closed once its last response is delivered.
  connections.closeIdle();
  const sweep = setInterval(() => connections.closeIdle(), 50);
  const drained = await Promise.race([
    closed.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())).unref()),
  ]);
  clearInterval(sweep);
  if (!drained) connections.closeAll();
  return drained;
}

/** /mcp as the configuration asks: sessions in this process, or a fresh server per request (stateless). */
function mcpEndpoint(config: Config, createServer: () => McpServer): McpHttpEndpoint {
  if (config.ADVISOR_MCP_SESSIONS === 'stateless') return new StatelessMcp({ createServer });
  return new McpSessions({
    createServer,
    maxSessions: config.ADVISOR_MAX_SESSIONS,
    maxSessionsPerClient: config.ADVISOR_MAX_SESSIONS_PER_CLIENT,
    idleMs: config.ADVISOR_SESSION_IDLE_SECONDS * 1000,
  });
}

/** A Node HTTP server for the app, with the configured slow-client limits, listening; what Node refuses still gets a problem. */
async function listen(config: Config, fetch: Parameters<typeof getRequestListener>[0], metrics: Metrics): Promise<Server> {
  const server = createServer(
    {
      requestTimeout: config.ADVISOR_REQUEST_TIMEOUT_MS,
      headersTimeout: config.ADVISOR_HEADERS_TIMEOUT_MS,
      // Node checks those timeouts every 30 s by default, far too late for a 10 s limit.
      connectionsCheckingInterval: 1_000,
      // A request without Host reaches the adapter, whose refusal gets a problem body, not Node's bare 400.
      requireHostHeader: false,
    },
    getRequestListener(fetch, { errorHandler: (error) => answerUnreadableRequest(error, metrics) }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.keepAliveTimeout = 5_000;
  // Requests Node itself refuses before the app sees them (too slow, malformed,
  // oversized headers) get a problem too, never Node's bare text.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket, metrics));
  server.on('checkExpectation', (request, response) => answerUnmetExpectation(request, response, metrics));
  return server;
}

/**
 * Follows every connection and the request it carries, so that shutdown
 * can tell when nothing new arrives, and a request that has fully arrived
 * (answered) from a client that stopped sending (cut).
 */
function trackConnections(server: Server, draining: () => boolean) {
  const current = new Map<Socket, { request: IncomingMessage; response: ServerResponse } | undefined>();
  let arrivals = 0;
  let active = 0;
  server.on('connection', (socket: Socket) => {
    arrivals++;
    current.set(socket, undefined);
    socket.once('close', () => current.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    arrivals++;
    active++;
    if (draining()) response.setHeader('Connection', 'close');
    current.set(request.socket, { request, response });
    response.once('close', () => active--);
    response.once('finish', () => {
      if (current.get(request.socket)?.request === request) current.set(request.socket, undefined);
    });
  });
  /** Changes whenever a connection, a request or a byte arrives. */
  const progress = () => {
    let bytes = arrivals;
    for (const socket of current.keys()) bytes += socket.bytesRead;
    return bytes;
  };
  const stalled = (socket: Socket, entry: { request: IncomingMessage } | undefined) =>
    socket.writableLength === 0 && !entry?.request.complete && !(entry && entry.request.readableLength > 0);
  return {
    /**
     * A socket's timeout (the write timeout, or the keep-alive timeout between
     * requests): closed as Node would close it, unless it carries a request in
     * progress with nothing waiting to be written (an event stream between
     * events, a request still arriving, which the request timeout answers).
     */
    timedOut(socket: Socket): void {
      if (current.get(socket) !== undefined && socket.writableLength === 0) return;
      socket.destroy();
    },
    /** Requests being answered right now. */
    inFlight: () => active,
    /** Every answer not yet begun says `Connection: close`: the client opens a new connection, to another replica. */
    closeAfterAnswer(): void {
      for (const entry of current.values()) if (entry && !entry.response.headersSent) entry.response.setHeader('Connection', 'close');
    },
    /**
     * Resolves once nothing has arrived for `quietMs` (checked again after
     * the event loop has polled for what the kernel holds), or at `until`.
     */
    async quiet(quietMs: number, until: number): Promise<void> {
      let last = progress();
      let since = Date.now();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(25, quietMs)));
        // A timer can fire before the poll phase has taken in what arrived meanwhile: look once more after it.
        await new Promise((resolve) => setImmediate(resolve));
        const now = Date.now();
        const seen = progress();
        if (seen !== last) {
          last = seen;
          since = now;
        } else if (now - since >= quietMs) return;
        if (now >= until) return;
      }
    },
    /** Destroys connections with no request, or with one whose headers or body stopped arriving (none of it is waiting unread). */
    closeStalled(): void {
      for (const [socket, entry] of current) if (stalled(socket, entry)) socket.destroy();
    },
    /** Destroys connections between requests whose last response has left Node. */
    closeIdle(): void {
      for (const [socket, entry] of current) if (!entry && socket.writableLength === 0) socket.destroy();
    },
    closeAll(): void {
      for (const socket of current.keys()) socket.destroy();
    },
  };
}

/** What Node refuses before the app sees a request, as problem slugs and details. */
const CLIENT_ERRORS: Readonly<Record<string, [ProblemSlug, string]>> = {
  ERR_HTTP_REQUEST_TIMEOUT: ['request-timeout', 'the request did not arrive in time'],
  HPE_HEADER_OVERFLOW: ['header-fields-too-large', 'the request headers are too large'],
};

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, metrics: Metrics): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [slug, detail] = CLIENT_ERRORS[error.code ?? ''] ?? ['bad-request', 'the request is not valid HTTP'];
  metrics.countProblem(slug);
  const { status, headers, body } = standaloneProblem(slug, detail);
  const head = Object.entries({ ...headers, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${PROBLEM_TYPES[slug].title}\r\n${head}\r\n${body}`);
}

/** Node answers an `Expect` it does not know with a bare 417; this one says why. */
function answerUnmetExpectation(_request: IncomingMessage, response: ServerResponse, metrics: Metrics): void {
  metrics.countProblem('expectation-failed');
  const { status, headers, body } = standaloneProblem('expectation-failed', 'only Expect: 100-continue is supported; send the request without Expect');
  response.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' }).end(body);
}

/** The adapter refuses a request it cannot turn into a URL (no Host, a bad Host, a backslash): a 400 problem. */
function answerUnreadableRequest(error: unknown, metrics: Metrics): Response {
  metrics.countProblem('bad-request');
  const reason = error instanceof Error && error.name === 'RequestError' ? error.message.toLowerCase() : 'the request cannot be read';
  const { status, headers, body } = standaloneProblem('bad-request', `${reason}; HTTP/1.1 requests need a valid Host header and path`);
  return new Response(body, { status, headers });
}
