import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** One request to `/mcp`, as the route hands it over once the body is read within its limits. */
export interface McpCall {
  /** Who sent it (the remote address), for the per-client session limit. */
  client: string;
  /** The JSON-RPC message or batch of a POST, parsed; undefined for GET and DELETE. */
  messages?: JSONRPCMessage | JSONRPCMessage[];
}

/**
 * What `/mcp` needs from the MCP side, whether it keeps sessions
 * ({@link McpSessions}) or not ({@link StatelessMcp}): the route stays the
 * same whichever one the server was started with (`ADVISOR_MCP_SESSIONS`).
 */
export interface McpHttpEndpoint {
  /** Answers one request to `/mcp`. */
  handle(request: Request, call: McpCall): Promise<Response>;
  /** MCP sessions open now: always 0 when stateless. */
  readonly size: number;
  /** Refuses new work and closes whatever is open (on shutdown). */
  closeAll(): Promise<void>;
}

/** Seconds a client told "shutting down" should wait before trying again (another replica, by then). */
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

/** The ids of the JSON-RPC requests among the messages: each gets an answer, counted against the request's budget. */
export function requestIds(messages: JSONRPCMessage | JSONRPCMessage[] | undefined): Array<string | number> {
  if (messages === undefined) return [];
  return (Array.isArray(messages) ? messages : [messages]).flatMap((message) => ('method' in message && 'id' in message ? [message.id] : []));
}
