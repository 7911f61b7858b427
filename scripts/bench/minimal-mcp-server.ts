// For `npm run bench` (figure b), bundled by esbuild like the bin: the smallest
// stdio MCP server on the same SDK, one tool that echoes its input. Its cold
// start is what any server built on this SDK pays before doing its own work.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import * as z from 'zod';

const server = new McpServer({ name: 'minimal', version: '1.0.0' });
server.registerTool('echo', { description: 'Echoes its text', inputSchema: { text: z.string() } }, ({ text }) => ({ content: [{ type: 'text', text }] }));
process.stdin.once('end', () => process.exit(0));
await server.connect(new StdioServerTransport());
