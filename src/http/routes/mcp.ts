import { Hono } from 'hono';
import type { McpSessions } from '../../mcp/http-sessions.js';
import type { AppEnv } from '../env.js';

/** `POST/GET/DELETE /mcp`: the MCP server over Streamable HTTP; the session manager does the rest. */
export function mcpRoutes(sessions: McpSessions) {
  return new Hono<AppEnv>().on(['POST', 'GET', 'DELETE'], '/mcp', (c) => sessions.handle(c.req.raw));
}
