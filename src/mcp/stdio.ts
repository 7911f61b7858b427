import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Advisor } from '../domain/advisor.js';
import { createMcpServer } from './server.js';

/**
 * `aws-data-advisor mcp`: the MCP server over stdin/stdout. Nothing else may
 * write to stdout; the process ends when the client closes stdin.
 */
export async function runStdioServer(advisor: Advisor, version: string): Promise<void> {
  const server = createMcpServer(advisor, { version });
  const transport = new StdioServerTransport();
  process.stdin.once('end', () => {
    void server.close().finally(() => process.exit(0));
  });
  await server.connect(transport);
}
