/**
 * What `/mcp` needs from the MCP side, whether it keeps sessions
 * ({@link McpSessions}) or not ({@link StatelessMcp}): the route stays the
 * same whichever one the server was started with (`ADVISOR_MCP_SESSIONS`).
 */
export interface McpHttpEndpoint {
  /** Answers one request to `/mcp`; `client` names who sent it (the remote address). */
  handle(request: Request, client?: string): Promise<Response>;
  /** MCP sessions open now: always 0 when stateless. */
  readonly size: number;
  /** Refuses new work and closes whatever is open (on shutdown). */
  closeAll(): Promise<void>;
}

/** Seconds a client told "shutting down" or "too many sessions" should wait before trying again. */
export const RETRY_AFTER_SECONDS = 10;

/**
 * A JSON-RPC error answer with no id, as the SDK's transport answers
 * requests it refuses before reading them.
 *
 * @example
 * jsonRpcError(405, -32000, 'Method not allowed', { Allow: 'POST' });
 */
export function jsonRpcError(status: number, code: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
