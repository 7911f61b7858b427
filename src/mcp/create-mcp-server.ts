import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Advisor } from '../domain/advisor.js';
import type { Recommendation } from '../domain/answer/schema.js';
import { registerPrompts } from './prompts.js';
import { checkRequestParams } from './request-params.js';
import { registerResources } from './resources.js';
import { type LogToolError, registerTools } from './tools.js';

export interface McpServerOptions {
  version: string;
  /** Where unexpected failures are reported in full; callers only see that one happened, and its id. */
  logError?: LogToolError;
  /** Told of every recommendation a tool answers with (the server's metrics count them as REST's). */
  onAnswer?: (answer: Recommendation) => void;
}

/**
 * Builds the advisor's MCP server: tools, resources, prompt and logging.
 * Transports (stdio, Streamable HTTP) only connect to what this returns.
 *
 * @example
 * const server = createMcpServer(createAdvisor(), { version: '1.0.0' });
 * await server.connect(new StdioServerTransport());
 */
export function createMcpServer(advisor: Advisor, options: McpServerOptions): McpServer {
  const server = new McpServer(
    { name: 'aws-data-advisor', title: 'AWS data services architecture advisor', version: options.version },
    {
      capabilities: { logging: {} },
      // The SDK builds an Ajv instance by default, used only to check elicitation
      // answers; this server never elicits, and skipping Ajv shortens start-up.
      jsonSchemaValidator: {
        getValidator: () => {
          throw new Error('this server does not elicit input, so it validates no elicitation schema');
        },
      },
      instructions:
        'Recommends AWS data services for a described workload, explains why, and sizes them. Use recommend_architecture for a design, compare_services to weigh alternatives, get_service or list_services for facts. The design_data_pipeline prompt walks through gathering the workload.',
    },
  );
  registerTools(server, advisor, options.logError, options.onAnswer);
  registerResources(server, advisor);
  registerPrompts(server);
  // The SDK announces listChanged on registering; these lists are fixed for the server's life.
  server.server.registerCapabilities({ tools: { listChanged: false }, resources: { listChanged: false }, prompts: { listChanged: false } });
  // Whatever transport connects (stdio, Streamable HTTP, in memory), bad request params get -32602.
  const connect = server.connect.bind(server);
  server.connect = (transport) => connect(checkRequestParams(transport));
  return server;
}
