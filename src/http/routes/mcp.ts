import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { McpHttpEndpoint } from '../../mcp/http-endpoint.js';
import { ANSWER_TOO_LARGE, MCP_LIMITS } from '../../mcp/limits.js';
import type { AppEnv } from '../env.js';
import { type Json, jsonContent, ref } from '../openapi-parts.js';
import { answers, type JsonBody, operation } from '../operation.js';
import { HttpProblem, PROBLEM_TYPES, type ProblemSlug } from '../problem.js';
import { respond } from '../respond.js';

/** The client's address as the socket sees it (proxies are not trusted to tell); `local` under `app.request()`. */
function remoteAddress(c: Context<AppEnv>): string {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
}

type Messages = JSONRPCMessage | JSONRPCMessage[];

/**
 * A JSON-RPC message or batch, at most {@link MCP_LIMITS}.batchMessages of
 * them; the SDK checks each message's shape.
 */
function parseMessages(value: unknown): Messages {
  if (Array.isArray(value) && value.length > MCP_LIMITS.batchMessages) {
    throw new HttpProblem('invalid-body', `a batch holds at most ${MCP_LIMITS.batchMessages} JSON-RPC messages; this one holds ${value.length}: send them in several requests`, {
      errors: [{ path: '', message: `at most ${MCP_LIMITS.batchMessages} messages` }],
    });
  }
  return value as Messages;
}

/** The body of a POST to /mcp: JSON-RPC, within the MCP limits. */
const MESSAGES: JsonBody<Messages, Messages> = {
  schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' }, maxItems: MCP_LIMITS.batchMessages }] },
  limit: MCP_LIMITS.bodyBytes,
  parse: parseMessages,
};

/** What the request asks, for its log line: each method, a tool call with the tool's name, a resource read with its URI. */
function describeCall(messages: Messages): string {
  return (Array.isArray(messages) ? messages : [messages])
    .map((message) => {
      if (!('method' in message)) return 'response';
      const params = (message as { params?: { name?: unknown; uri?: unknown } }).params;
      if (message.method === 'tools/call' && typeof params?.name === 'string') return `tools/call ${params.name.slice(0, 64)}`;
      if (message.method === 'resources/read' && typeof params?.uri === 'string') return `resources/read ${params.uri.slice(0, 128)}`;
      return message.method.slice(0, 64);
    })
    .join(', ');
}

/** JSON-RPC's codes for what the SDK's transport would refuse the same way; the rest is a server error. */
const JSON_RPC_CODES: Partial<Record<ProblemSlug, number>> = { 'malformed-json': -32700, 'too-deep': -32700, 'invalid-body': -32600 };

/** A refusal of the body (too large, malformed, too many messages…) as the SDK words its own: a JSON-RPC error, with the same status. */
function jsonRpcRefusal(c: Context<AppEnv>, problem: HttpProblem): Response {
  const error = { code: JSON_RPC_CODES[problem.slug] ?? -32000, message: `${PROBLEM_TYPES[problem.slug].title}: ${problem.message}` };
  return respond(c, JSON.stringify({ jsonrpc: '2.0', error, id: null }), PROBLEM_TYPES[problem.slug].status, { 'Content-Type': 'application/json' });
}

/** One answer of the endpoint through the edge: its status and headers kept, the edge's added. */
async function answerThrough(c: Context<AppEnv>, mcp: McpHttpEndpoint, messages: Messages | undefined): Promise<Response> {
  if (messages !== undefined) c.set('rpc', describeCall(messages));
  const answer = await mcp.handle(c.req.raw, { client: remoteAddress(c), messages });
  return respond(c, answer.body, answer.status, Object.fromEntries(answer.headers));
}

function mcpDoc(operationId: string, summary: string): Json {
  return {
    tags: ['mcp'],
    operationId,
    summary,
    description: [
      'Model Context Protocol over Streamable HTTP. Tools: recommend_architecture, compare_services, get_service, list_services. Requests from non-local Host or Origin headers are refused with 403 when the server is bound to localhost.',
      `Limits: a body of at most ${MCP_LIMITS.bodyBytes / 1024 / 1024} MiB and ${MCP_LIMITS.batchMessages} messages; the answers to one request at most ${MCP_LIMITS.answerBytes / 1024 / 1024} MiB together, an answer past it replaced by a JSON-RPC error (code ${ANSWER_TOO_LARGE}).`,
    ].join(' '),
  };
}

/** A refusal of /mcp's own, written as the MCP SDK writes them: a JSON-RPC error with no id. */
const jsonRpcError = (description: string) => ({ description, content: jsonContent(ref('JsonRpcError')) });

/** What /mcp answers: JSON-RPC, an event stream, or a JSON-RPC error; the edge's own refusals (401, 403) are problems. */
const MCP_ANSWERS = answers<unknown>({
  '200': {
    description: 'A JSON-RPC response or an SSE stream',
    content: { 'application/json': { schema: { type: 'object' } }, 'text/event-stream': { schema: { type: 'string' } } },
  },
  '202': { description: 'Notification accepted' },
  '400': jsonRpcError(`Malformed JSON, a batch of more than ${MCP_LIMITS.batchMessages} messages, or a request without a session`),
  '404': jsonRpcError('The session expired or was closed: initialize a new one'),
  '405': jsonRpcError('GET or DELETE on a stateless server'),
  '406': jsonRpcError('An Accept header without application/json and text/event-stream'),
  '413': jsonRpcError(`A body over ${MCP_LIMITS.bodyBytes / 1024 / 1024} MiB`),
  '415': jsonRpcError('A body not sent as application/json'),
  '503': jsonRpcError('Shutting down, or no room for another session (with Retry-After)'),
});

/**
 * `POST/GET/DELETE /mcp`: the MCP server over Streamable HTTP. A POST's body
 * is read here within the MCP limits (bytes, messages per batch), then the
 * endpoint (with or without sessions) answers it within its answer budget.
 */
export function mcpOperations(mcp: McpHttpEndpoint) {
  /** What the three methods share: the path, the answers, JSON-RPC refusals. */
  const shared = { path: '/mcp', answers: MCP_ANSWERS, problems: [401, 403], refusal: jsonRpcRefusal } as const;
  const withoutBody = (method: 'get' | 'delete', operationId: string, summary: string) =>
    operation({ ...shared, method, doc: mcpDoc(operationId, summary), handler: (c) => answerThrough(c, mcp, undefined) });
  return [
    operation({
      ...shared,
      method: 'post',
      doc: mcpDoc('mcpPost', 'Send a JSON-RPC message to the MCP server (Streamable HTTP)'),
      body: MESSAGES,
      handler: (c, messages: Messages) => answerThrough(c, mcp, messages),
    }),
    withoutBody('get', 'mcpGet', 'Open the server-to-client SSE stream of an MCP session (405 when the server runs stateless)'),
    withoutBody('delete', 'mcpDelete', 'End an MCP session (405 when the server runs stateless)'),
  ] as const;
}
