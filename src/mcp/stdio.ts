import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Advisor } from '../domain/advisor.js';
import { createMcpServer } from './create-mcp-server.js';

const writeError = (line: string) => process.stderr.write(`${line}\n`);

/**
 * `aws-data-advisor mcp`: the MCP server over stdin/stdout. Nothing else may
 * write to stdout; the process ends when the client closes stdin (exit 0),
 * or when the transport gives up on its input (exit 1, the reason on stderr).
 */
export async function runStdioServer(advisor: Advisor, version: string): Promise<void> {
  const server = createMcpServer(advisor, {
    version,
    logError: (error, id) => writeError(`aws-data-advisor: error id=${id} MCP tool call: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  const transport = new StdioServerTransport();
  let failure: Error | undefined;
  process.stdin.once('end', () => {
    void server.close().finally(() => process.exit(0));
  });
  await server.connect(transport);
  // The SDK closes the transport on input it cannot buffer (a line over 10 MiB); say so rather than exit silently.
  const { onerror, onclose } = server.server;
  server.server.onerror = (error) => {
    failure = error;
    onerror?.(error);
  };
  server.server.onclose = () => {
    onclose?.();
    if (!failure || process.stdin.readableEnded) return;
    writeError(`aws-data-advisor: stopped reading MCP messages: ${failure.message} (one message is at most 10 MiB)`);
    process.exit(1);
  };
}
