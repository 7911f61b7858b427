import { randomUUID } from 'node:crypto';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { jsonRpcError, type McpHttpEndpoint, RETRY_AFTER_SECONDS } from './http-endpoint.js';

export interface McpSessionsOptions {
  /** Builds a fresh MCP server for each session. */
  createServer: () => McpServer;
  /** Sessions alive at once; an initialize past it gets 503 until one ends or expires. */
  maxSessions: number;
  /** Sessions one client (one remote address) may hold at once, so that no client can take them all. */
  maxSessionsPerClient?: number;
  /** A session with no request for this long is closed. */
  idleMs: number;
  /** A session used for nothing after its initialize is closed after this long (default 10 s). */
  unusedMs?: number;
  now?: () => number;
}

interface Session {
  server: McpServer;
  transport: WebStandardStreamableHTTPServerTransport;
  client: string;
  lastSeen: number;
  /** Requests after the initialize. */
  used: boolean;
}

/** How long a session may wait for its first request after the initialize. */
const DEFAULT_UNUSED_MS = 10_000;

/** True when a POST body is a JSON-RPC initialize request (read from a clone: the original stays unread). */
async function isInitialize(request: Request): Promise<boolean> {
  try {
    const body = (await request.clone().json()) as { method?: unknown } | Array<{ method?: unknown }>;
    return (Array.isArray(body) ? body : [body]).some((message) => message?.method === 'initialize');
  } catch {
    return false;
  }
}

/**
 * The Streamable HTTP side of the MCP server, with sessions.
 *
 * Why sessions rather than stateless mode: a session keeps the client's
 * logging level (`logging/setLevel`) and its server-to-client stream, which
 * assistants and the MCP Inspector use. Memory stays bounded: at most
 * `maxSessions` sessions and `maxSessionsPerClient` per remote address, each
 * closed after `idleMs` without a request (`unusedMs` when nothing followed
 * its initialize), on DELETE, or on shutdown; a request that does not start
 * a session keeps nothing once answered. Sessions live in this process's
 * memory: behind a load balancer with several replicas, use {@link StatelessMcp}.
 *
 * @example
 * const sessions = new McpSessions({ createServer: () => createMcpServer(advisor, { version }), maxSessions: 100, idleMs: 600_000 });
 * app.all('/mcp', (c) => sessions.handle(c.req.raw));
 */
export class McpSessions implements McpHttpEndpoint {
  readonly #sessions = new Map<string, Session>();
  readonly #options: McpSessionsOptions;
  readonly #now: () => number;
  #sweeper: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: McpSessionsOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** Sessions currently open. */
  get size(): number {
    return this.#sessions.size;
  }

  /**
   * Answers one request to `/mcp`; `client` names who sent it (the remote
   * address), for the per-client limit.
   */
  async handle(request: Request, client = 'unknown'): Promise<Response> {
    if (this.#closed) return jsonRpcError(503, -32000, 'Server is shutting down', { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    const sessionId = request.headers.get('mcp-session-id');
    if (sessionId) {
      const session = this.#sessions.get(sessionId);
      if (!session) return jsonRpcError(404, -32001, 'Session not found: it expired or was closed; initialize a new one');
      session.lastSeen = this.#now();
      session.used = true;
      return session.transport.handleRequest(request);
    }
    if (request.method !== 'POST') {
      return jsonRpcError(400, -32000, 'Bad Request: no Mcp-Session-Id header; POST an initialize request first');
    }
    this.expireIdle();
    const full = this.#sessions.size >= this.#options.maxSessions;
    const perClient = this.#options.maxSessionsPerClient ?? this.#options.maxSessions;
    const held = full ? 0 : [...this.#sessions.values()].filter((session) => session.client === client).length;
    if (full || held >= perClient) {
      // Only an initialize can open a session: anything else without a session id is the client's mistake.
      if (!(await isInitialize(request))) return jsonRpcError(400, -32000, 'Bad Request: no Mcp-Session-Id header; POST an initialize request first');
      const why = full ? `Too many MCP sessions (${this.#options.maxSessions})` : `Too many MCP sessions from this client (${perClient})`;
      return jsonRpcError(503, -32000, `${why}; retry once one ends or expires, or close unused ones with DELETE`, {
        'Retry-After': String(RETRY_AFTER_SECONDS),
      });
    }
    return this.#open(request, client);
  }

  async #open(request: Request, client: string): Promise<Response> {
    const server = this.#options.createServer();
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        this.#sessions.set(id, { server, transport, client, lastSeen: this.#now(), used: false });
        this.#startSweeper();
      },
      onsessionclosed: (id) => {
        this.#sessions.delete(id);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) this.#sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    const response = await transport.handleRequest(request);
    // Anything but a successful initialize leaves no session behind.
    if (!transport.sessionId || !this.#sessions.has(transport.sessionId)) await server.close();
    return response;
  }

  /** Closes every session idle for longer than the limit; returns how many. */
  expireIdle(): number {
    const now = this.#now();
    const cutoff = now - this.#options.idleMs;
    const unusedCutoff = now - (this.#options.unusedMs ?? DEFAULT_UNUSED_MS);
    let expired = 0;
    for (const [id, session] of this.#sessions) {
      if (session.lastSeen < cutoff || (!session.used && session.lastSeen < unusedCutoff)) {
        this.#sessions.delete(id);
        void session.server.close();
        expired++;
      }
    }
    return expired;
  }

  #startSweeper(): void {
    if (this.#sweeper) return;
    const every = Math.min(this.#options.unusedMs ?? DEFAULT_UNUSED_MS, this.#options.idleMs / 2);
    this.#sweeper = setInterval(() => this.expireIdle(), Math.max(1000, Math.floor(every / 2)));
    this.#sweeper.unref();
  }

  /** Refuses new work and closes every session (on shutdown). */
  async closeAll(): Promise<void> {
    this.#closed = true;
    if (this.#sweeper) clearInterval(this.#sweeper);
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    await Promise.allSettled(sessions.map((session) => session.server.close()));
  }
}
