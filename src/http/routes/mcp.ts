import type { IncomingMessage } from 'node:http';
import { type Context, Hono } from 'hono';
import type { McpSessions } from '../../mcp/http-sessions.js';
import type { AppEnv } from '../env.js';

/** The client's address as the socket sees it (proxies are not trusted to tell); `local` under `app.request()`. */
function remoteAddress(c: Context<AppEnv>): string {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
}

/** `POST/GET/DELETE /mcp`: the MCP server over Streamable HTTP; the session manager does the rest. */
export function mcpRoutes(sessions: McpSessions) {
  return new Hono<AppEnv>().on(['POST', 'GET', 'DELETE'], '/mcp', (c) => sessions.handle(c.req.raw, remoteAddress(c)));
}
