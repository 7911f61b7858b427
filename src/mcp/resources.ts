import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Advisor } from '../domain/advisor.js';
import { CARDS } from '../domain/catalog/cards.js';
import type { Catalog } from '../domain/catalog/catalog.js';
import { UnknownServiceError } from '../domain/errors.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { renderServiceMarkdown } from '../domain/rendering/service-markdown.js';
import { registerRuleResources } from './rule-resources.js';

const serviceUri = (id: string) => `advisor://services/${id}`;

/** An unknown id in a URI is the caller's mistake (-32602), as an unknown URI is. */
function serviceForUri(catalog: Catalog, id: string) {
  try {
    return catalog.get(id);
  } catch (error) {
    if (error instanceof UnknownServiceError) throw new McpError(ErrorCode.InvalidParams, `Resource advisor://services/${id} not found: ${error.message}`);
    throw error;
  }
}

/**
 * Resources: each catalog entry as Markdown (listed one by one and as the
 * template `advisor://services/{id}`), the loaded rule set file by file
 * behind an index at `advisor://rules`, and the cards.
 */
export function registerResources(server: McpServer, advisor: Advisor): void {
  registerServiceResources(server, advisor);
  registerKnowledgeResources(server, advisor);
}

/** Each catalog entry as its own resource, and the template that reaches any of them by id. */
function registerServiceResources(server: McpServer, advisor: Advisor): void {
  const { catalog } = advisor.ruleSet;
  for (const entry of catalog.entries) {
    server.registerResource(
      `service-${entry.id}`,
      serviceUri(entry.id),
      { title: entry.name, description: entry.summary, mimeType: 'text/markdown' },
      async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: renderServiceMarkdown(catalog.get(entry.id)) }] }),
    );
  }

  server.registerResource(
    'service',
    new ResourceTemplate('advisor://services/{id}', {
      list: undefined,
      // No prototype: a completion asked for "constructor" or "__proto__" finds nothing.
      complete: Object.assign(Object.create(null), {
        id: (value: string) => catalog.knownIds.filter((id) => id.startsWith(value)),
      }),
    }),
    {
      title: 'AWS data service',
      description: 'Any catalog entry by id, including the retired kinesis-data-analytics alias and the organisation\'s own services',
      mimeType: 'text/markdown',
    },
    async (uri, { id }) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: renderServiceMarkdown(serviceForUri(catalog, String(id))) }],
    }),
  );
}

/** The rule set (an index, each file, the named conditions) and the study cards it encodes. */
function registerKnowledgeResources(server: McpServer, advisor: Advisor): void {
  registerRuleResources(server, advisor.ruleSet);
  server.registerResource(
    'cards',
    'advisor://cards',
    { title: 'Study cards', description: 'The AWS data services study cards the rules encode', mimeType: 'text/markdown' },
    async (uri) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: 'text/markdown',
          text: CARDS.map((card) => [`## ${card.title}`, '', ...card.lines.map((line) => `- ${line}`), ''].join('\n')).join('\n'),
        },
      ],
    }),
  );
}
