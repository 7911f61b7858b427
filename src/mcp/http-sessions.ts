import { randomUUID } from 'node:crypto';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';

export interface McpSessionsOptions {
  /** Builds a fresh MCP server for each session. */
  createServer: () => McpServer;
  /** Sessions alive at once; an initialize past it gets 503 until one ends or expires. */
  maxSessions: number;
  /** A session with no request for this long is closed. */
  idleMs: number;
  now?: () => number;
}

interface Session {
  server: McpServer;
  transport: WebStandardStreamableHTTPServerTransport;
  lastSeen: number;
}

const jsonRpcError = (status: number, code: number, message: string) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/**
 * The Streamable HTTP side of the MCP server, with sessions.
 *
 * Why sessions rather than stateless mode: a session keeps the client's
 * logging level (`logging/setLevel`) and its server-to-client stream, which
 * assistants and the MCP Inspector use. Memory stays bounded: at most
 * `maxSessions` sessions, each closed after `idleMs` without a request, on
 * DELETE, or on shutdown; a request that does not start a session keeps
 * nothing once answered.
 *
 * @example
 * const sessions = new McpSessions({ createServer: () => createMcpServer(advisor, { version }), maxSessions: 100, idleMs: 600_000 });
 * app.all('/mcp', (c) => sessions.handle(c.req.raw));
 */
export class McpSessions {
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

  async handle(request: Request): Promise<Response> {
    if (this.#closed) return jsonRpcError(503, -32000, 'Server is shutting down');
    const sessionId = request.headers.get('mcp-session-id');
    if (sessionId) {
      const session = this.#sessions.get(sessionId);
      if (!session) return jsonRpcError(404, -32001, 'Session not found: it expired or was closed; initialize a new one');
      session.lastSeen = this.#now();
      return session.transport.handleRequest(request);
    }
    if (request.method !== 'POST') {
      return jsonRpcError(400, -32000, 'Bad Request: no Mcp-Session-Id header; POST an initialize request first');
    }
    this.expireIdle();
    if (this.#sessions.size >= this.#options.maxSessions) {
      return jsonRpcError(503, -32000, `Too many MCP sessions (${this.#options.maxSessions}); retry once one ends or expires`);
    }
    return this.#open(request);
  }

  async #open(request: Request): Promise<Response> {
    const server = this.#options.createServer();
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        this.#sessions.set(id, { server, transport, lastSeen: this.#now() });
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
    const cutoff = this.#now() - this.#options.idleMs;
    let expired = 0;
    for (const [id, session] of this.#sessions) {
      if (session.lastSeen < cutoff) {
        this.#sessions.delete(id);
        void session.server.close();
        expired++;
      }
    }
    return expired;
  }

  #startSweeper(): void {
    if (this.#sweeper) return;
    this.#sweeper = setInterval(() => this.expireIdle(), Math.max(1000, Math.floor(this.#options.idleMs / 2)));
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
