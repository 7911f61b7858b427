import { randomUUID } from 'node:crypto';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { jsonRpcError, type McpCall, type McpHttpEndpoint, requestIds, RETRY_AFTER_SECONDS } from './http-endpoint.js';
import { MCP_LIMITS } from './limits.js';
import { type PacedTransport, paceAnswers } from './paced-transport.js';

export interface McpSessionsOptions {
  /** Builds a fresh MCP server for each session. */
  createServer: () => McpServer;
  /** Sessions alive at once. */
  maxSessions: number;
  /** Sessions one client (one remote address) may hold at once, so that no client can take them all. */
  maxSessionsPerClient?: number;
  /** A session with no request for this long is closed. */
  idleMs: number;
  /** A session used for nothing after its initialize is closed after this long (default 10 s). */
  unusedMs?: number;
  /**
   * The idle time once three quarters of the sessions are taken, and the
   * least a session must have been idle to make way for a new one (default
   * 60 s, or `idleMs` when shorter).
   */
  crowdedIdleMs?: number;
  /** Bytes of the answers to one request (default {@link MCP_LIMITS}.answerBytes). */
  answerBytes?: number;
  now?: () => number;
}

interface Session {
  server: McpServer;
  http: WebStandardStreamableHTTPServerTransport;
  transport: PacedTransport;
  client: string;
  /** When its last request arrived or its last answer or event stream ended. */
  lastSeen: number;
  /** Requests after the initialize. */
  used: boolean;
  /** Answers to its requests being worked out or sent: a session with any is in use, never idle. */
  open: number;
  /** Its client closed the event stream it had open and has sent nothing since: it left without a DELETE. */
  left: boolean;
}

/** How long a session may wait for its first request after the initialize. */
const DEFAULT_UNUSED_MS = 10_000;
/** The idle time when sessions run short. */
const DEFAULT_CROWDED_IDLE_MS = 60_000;
/** Sessions run short at three quarters of the cap. */
const CROWDED = 0.75;

const isInitialize = (messages: JSONRPCMessage | JSONRPCMessage[] | undefined) =>
  (Array.isArray(messages) ? messages : messages ? [messages] : []).some((message) => 'method' in message && message.method === 'initialize');

/**
 * Calls `settled` once the answer has been sent whole, or the client went
 * away from it: for an event stream, when the stream ends.
 */
function whenSettled(response: Response, settled: () => void): Response {
  const body = response.body;
  if (!body) {
    settled();
    return response;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    settled();
  };
  const reader = body.getReader();
  const watched = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: ended, value } = await reader.read();
        if (ended) {
          controller.close();
          finish();
        } else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
        finish();
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
  return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * The Streamable HTTP side of the MCP server, with sessions.
 *
 * Why sessions rather than stateless mode: a session keeps the client's
 * logging level (`logging/setLevel`) and its server-to-client stream, which
 * assistants and the MCP Inspector use. Memory stays bounded: at most
 * `maxSessions` sessions and `maxSessionsPerClient` per remote address. A
 * session closes on DELETE, on shutdown, when its transport closes, after
 * `idleMs` without a request (`unusedMs` when nothing followed its
 * initialize), or after `crowdedIdleMs` once three quarters of the sessions
 * are taken. When an initialize finds no room (for anyone, or for its
 * client), the session its client left (event stream closed, nothing sent
 * since), else the one idle longest past `crowdedIdleMs`, makes way; only
 * when none can is it refused with 503, whose `Retry-After` is when the
 * first one will. A session answering a request is in use, and never closed
 * for idling; an event stream open does not keep it from idling. Sessions live in this
 * process's memory: behind a load balancer with several replicas, use
 * {@link StatelessMcp}.
 *
 * @example
 * const sessions = new McpSessions({ createServer: () => createMcpServer(advisor, { version }), maxSessions: 100, idleMs: 600_000 });
 * await sessions.handle(request, { client: '10.0.0.7', messages });
 */
export class McpSessions implements McpHttpEndpoint {
  readonly #sessions = new Map<string, Session>();
  readonly #options: McpSessionsOptions;
  readonly #now: () => number;
  readonly #unusedMs: number;
  readonly #crowdedIdleMs: number;
  #sweeper: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: McpSessionsOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#unusedMs = options.unusedMs ?? DEFAULT_UNUSED_MS;
    this.#crowdedIdleMs = Math.min(options.crowdedIdleMs ?? DEFAULT_CROWDED_IDLE_MS, options.idleMs);
  }

  /** Sessions currently open. */
  get size(): number {
    return this.#sessions.size;
  }

  /** Answers one request to `/mcp`. */
  async handle(request: Request, call: McpCall): Promise<Response> {
    if (this.#closed) return jsonRpcError(503, -32000, 'Server is shutting down', { 'Retry-After': String(RETRY_AFTER_SECONDS) });
    const sessionId = request.headers.get('mcp-session-id');
    if (sessionId) {
      const session = this.#sessions.get(sessionId);
      if (!session) return jsonRpcError(404, -32001, 'Session not found: it expired or was closed; initialize a new one');
      return this.#answerIn(session, request, call);
    }
    if (request.method !== 'POST') {
      return jsonRpcError(400, -32000, 'Bad Request: no Mcp-Session-Id header; POST an initialize request first');
    }
    // Anything but an initialize without a session id is the client's mistake: the SDK says which.
    if (!isInitialize(call.messages)) return this.#answerOnce(request, call);
    this.expireIdle();
    const refusal = this.#makeRoom(call.client);
    return refusal ?? this.#open(request, call);
  }

  /**
   * A request within a session: in use until its answer has been sent. Its
   * event stream (GET) is only a channel the client listens on: when the
   * client closes it, the client has left, unless it comes back.
   */
  async #answerIn(session: Session, request: Request, call: McpCall): Promise<Response> {
    session.lastSeen = this.#now();
    session.used = true;
    session.left = false;
    if (request.method === 'GET') {
      const stream = await session.http.handleRequest(request);
      if (stream.status !== 200) return stream;
      return whenSettled(stream, () => {
        session.left = true;
        session.lastSeen = this.#now();
      });
    }
    session.transport.budget(requestIds(call.messages), this.#answerBytes);
    session.open++;
    let response: Response;
    try {
      response = await session.http.handleRequest(request, { parsedBody: call.messages });
    } catch (error) {
      session.open--;
      throw error;
    }
    return whenSettled(response, () => {
      session.open--;
      session.lastSeen = this.#now();
    });
  }

  /**
   * Makes room for one more session of `client`: at its own limit, or at
   * the global one, the session that can make way is closed; when none can,
   * the 503 to answer with, its `Retry-After` when the first one will.
   */
  #makeRoom(client: string): Response | undefined {
    const perClient = this.#options.maxSessionsPerClient ?? this.#options.maxSessions;
    const own = [...this.#sessions.values()].filter((session) => session.client === client);
    if (own.length >= perClient && !this.#evictOne(own)) {
      return this.#full(`Too many MCP sessions from this client (${perClient})`, own);
    }
    const all = [...this.#sessions.values()];
    if (all.length >= this.#options.maxSessions && !this.#evictOne(all)) {
      return this.#full(`Too many MCP sessions (${this.#options.maxSessions})`, all);
    }
    return undefined;
  }

  /** Closes the session of `among` that can make way (left first, then idle longest past the crowded idle time); false when none can. */
  #evictOne(among: readonly Session[]): boolean {
    const now = this.#now();
    const idle = among.filter((session) => session.open === 0 && (session.left || now - session.lastSeen >= this.#crowdedIdleMs));
    if (idle.length === 0) return false;
    const chosen = idle.reduce((a, b) => (a.left !== b.left ? (a.left ? a : b) : a.lastSeen <= b.lastSeen ? a : b));
    this.#close(chosen);
    return true;
  }

  /** The 503 for a full house: Retry-After is when the first of `among` can make way (at least a second). */
  #full(why: string, among: readonly Session[]): Response {
    const now = this.#now();
    const waits = among.filter((session) => session.open === 0).map((session) => session.lastSeen + this.#crowdedIdleMs - now);
    const seconds = Math.max(1, Math.ceil((waits.length > 0 ? Math.min(...waits) : this.#crowdedIdleMs) / 1000));
    return jsonRpcError(503, -32000, `${why}; one makes way for a new session ${seconds} s from now at the latest, or at once when a client sends DELETE or leaves`, {
      'Retry-After': String(seconds),
    });
  }

  get #answerBytes(): number {
    return this.#options.answerBytes ?? MCP_LIMITS.answerBytes;
  }

  async #open(request: Request, call: McpCall): Promise<Response> {
    const server = this.#options.createServer();
    let session: Session | undefined;
    const http: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        session = { server, http, transport, client: call.client, lastSeen: this.#now(), used: false, open: 0, left: false };
        this.#sessions.set(id, session);
        this.#startSweeper();
      },
      onsessionclosed: (id) => {
        this.#sessions.delete(id);
      },
    });
    // However the transport closes (DELETE, shutdown, an error), its session goes with it.
    const transport = paceAnswers(http, () => {
      if (http.sessionId && this.#sessions.get(http.sessionId) === session) this.#sessions.delete(http.sessionId);
    });
    transport.budget(requestIds(call.messages), this.#answerBytes);
    await server.connect(transport);
    const response = await http.handleRequest(request, { parsedBody: call.messages });
    // Anything but a successful initialize leaves no session behind.
    if (!http.sessionId || !this.#sessions.has(http.sessionId)) await server.close();
    return response;
  }

  /** A request that opens no session (a mistake the SDK explains): a server for it alone, closed once it answers. */
  async #answerOnce(request: Request, call: McpCall): Promise<Response> {
    const server = this.#options.createServer();
    const http = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
    try {
      await server.connect(paceAnswers(http));
      return await http.handleRequest(request, { parsedBody: call.messages });
    } finally {
      await server.close();
    }
  }

  #close(session: Session): void {
    const id = session.http.sessionId;
    if (id !== undefined && this.#sessions.get(id) === session) this.#sessions.delete(id);
    void session.server.close();
  }

  /**
   * Closes every session not in use and idle for longer than the limit (the
   * crowded one once three quarters are taken), or unused since its
   * initialize for longer than `unusedMs`; returns how many.
   */
  expireIdle(): number {
    const now = this.#now();
    const crowded = this.#sessions.size >= CROWDED * this.#options.maxSessions;
    const idleMs = crowded ? this.#crowdedIdleMs : this.#options.idleMs;
    let expired = 0;
    for (const session of [...this.#sessions.values()]) {
      if (session.open > 0) continue;
      const idle = now - session.lastSeen;
      if (idle > idleMs || (!session.used && idle > this.#unusedMs)) {
        this.#close(session);
        expired++;
      }
    }
    return expired;
  }

  #startSweeper(): void {
    if (this.#sweeper) return;
    const every = Math.min(this.#unusedMs, this.#crowdedIdleMs, this.#options.idleMs / 2);
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
