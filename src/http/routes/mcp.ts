import type { IncomingMessage } from 'node:http';
import { type Context, Hono } from 'hono';
import type { McpHttpEndpoint } from '../../mcp/http-endpoint.js';
import type { AppEnv } from '../env.js';
import { type Json, type Operations, problems } from '../openapi-parts.js';

/** The client's address as the socket sees it (proxies are not trusted to tell); `local` under `app.request()`. */
function remoteAddress(c: Context<AppEnv>): string {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
}

/** `POST/GET/DELETE /mcp`: the MCP server over Streamable HTTP; the endpoint (with or without sessions) does the rest. */
export function mcpRoutes(mcp: McpHttpEndpoint) {
  return new Hono<AppEnv>().on(['POST', 'GET', 'DELETE'], '/mcp', async (c) => {
    const answer = await mcp.handle(c.req.raw, remoteAddress(c));
    // Rebuilt through the context, so that it carries the headers middleware prepared (the request id).
    return c.newResponse(answer.body, answer);
  });
}

function mcpOperation(operationId: string, summary: string): Json {
  return {
    tags: ['mcp'],
    operationId,
    summary,
    description:
      'Model Context Protocol over Streamable HTTP. Tools: recommend_architecture, compare_services, get_service, list_services. Requests from non-local Host or Origin headers are refused with 403 when the server is bound to localhost.',
    responses: {
      '200': {
        description: 'A JSON-RPC response or an SSE stream',
        content: { 'application/json': { schema: { type: 'object' } }, 'text/event-stream': { schema: { type: 'string' } } },
      },
      '202': { description: 'Notification accepted' },
      ...problems(400, 401, 403, 404, 405, 406),
    },
  };
}

/** The OpenAPI operations of {@link mcpRoutes}. */
export const mcpOperations: Operations = {
  '/mcp': {
    post: mcpOperation('mcpPost', 'Send a JSON-RPC message to the MCP server (Streamable HTTP)'),
    get: mcpOperation('mcpGet', 'Open the server-to-client SSE stream of an MCP session (405 when the server runs stateless)'),
    delete: mcpOperation('mcpDelete', 'End an MCP session (405 when the server runs stateless)'),
  },
};
