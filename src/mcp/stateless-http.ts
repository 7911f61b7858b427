import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { jsonRpcError, type McpCall, type McpHttpEndpoint, requestIds } from './http-endpoint.js';
import { MCP_LIMITS } from './limits.js';
import { paceAnswers } from './paced-transport.js';

export interface StatelessMcpOptions {
  /** Builds a fresh MCP server; one is built for every request. */
  createServer: () => McpServer;
  /** Bytes of the answers to one request (default {@link MCP_LIMITS}.answerBytes). */
  answerBytes?: number;
}

/**
 * The Streamable HTTP side of the MCP server without sessions, as the SDK's
 * stateless examples run it: every POST gets a fresh server and a transport
 * with `sessionIdGenerator: undefined`, answered with one JSON body, and both
 * are closed once it is answered. Nothing outlives a request, so any replica
 * behind a load balancer answers any request. What this gives up is what
 * lives in a session: a client's `logging/setLevel` and the server-to-client
 * stream (GET), so log notifications reach no one; GET and DELETE answer 405.
 * A batch's messages are handled one per turn of the event loop, and its
 * answers kept within the answer budget ({@link paceAnswers}).
 *
 * @example
 * const mcp = new StatelessMcp({ createServer: () => createMcpServer(advisor, { version }) });
 * app.post('/mcp', (c) => mcp.handle(c.req.raw, { client: 'local', messages }));
 */
export class StatelessMcp implements McpHttpEndpoint {
  readonly #options: StatelessMcpOptions;

  constructor(options: StatelessMcpOptions) {
    this.#options = options;
  }

  /** No sessions, ever. */
  get size(): number {
    return 0;
  }

  async handle(request: Request, call: McpCall): Promise<Response> {
    if (request.method !== 'POST') {
      return jsonRpcError(405, -32000, 'Method not allowed: this server is stateless (no sessions, no server-to-client stream); POST JSON-RPC messages', {
        Allow: 'POST',
      });
    }
    const server = this.#options.createServer();
    // JSON answers, not SSE: the whole answer exists when handleRequest resolves, so the server can close right away.
    const http = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    const transport = paceAnswers(http);
    transport.budget(requestIds(call.messages), this.#options.answerBytes ?? MCP_LIMITS.answerBytes);
    try {
      await server.connect(transport);
      return await http.handleRequest(request, { parsedBody: call.messages });
    } finally {
      await server.close();
    }
  }

  /**
   * Nothing to close: each request's server closes with its answer. A request
   * that has fully arrived while the server drains is answered, as on every
   * other route (refusing it would fail a client a load balancer had already
   * sent there).
   */
  async closeAll(): Promise<void> {}
}
