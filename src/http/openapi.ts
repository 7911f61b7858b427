import * as z from 'zod';
import { getDefaultAdvisor } from '../domain/advisor.js';
import { RoleSchema, ServiceIdSchema } from '../domain/catalog/service-ids.js';
import { REQUEST_LIMITS } from '../domain/limits.js';
import { ConditionSchema } from '../domain/rules/schema.js';
import { createMcpServer } from '../mcp/create-mcp-server.js';
import { StatelessMcp } from '../mcp/stateless-http.js';
import { appOperations } from './app.js';
import { createMetrics } from './metrics.js';
import type { Json } from './openapi-parts.js';
import { openApiOperation } from './operation.js';
import { COMPONENT_SCHEMAS } from './schemas.js';

/** A named example workload for the request body (taken from the scenario files). */
export interface WorkloadExample {
  name: string;
  summary: string;
  workload: unknown;
}

/**
 * Every operation of a server with MCP and metrics, by OpenAPI path and
 * method, as the document lists them: derived from the operations the app
 * serves, the same list its routes, 405s and Accept checks come from.
 *
 * @example
 * Object.keys(apiOperations()['/v1/services/{id}']); // ['get']
 */
export function apiOperations(examples: readonly WorkloadExample[] = []): Record<string, Record<string, Json>> {
  const advisor = getDefaultAdvisor();
  const operations = appOperations({
    advisor,
    examples,
    metrics: createMetrics({ processMetrics: false }),
    mcp: new StatelessMcp({ createServer: () => createMcpServer(advisor, { version: 'document' }) }),
  });
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = openApiOperation(op);
  return paths;
}

/** Components generated from the zod schemas, one source of truth for REST, MCP and this document. */
function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, [schema]] of Object.entries(COMPONENT_SCHEMAS)) registry.add(schema as z.ZodType, { id });
  registry.add(ConditionSchema, { id: 'Condition' });
  registry.add(ServiceIdSchema, { id: 'ServiceId' });
  registry.add(RoleSchema, { id: 'Role' });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Json> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema;
      return [id, rest];
    }),
  );
}

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod
 * schemas the routes validate with. `npm run generate` writes it to
 * `openapi.yaml`; a test fails when the committed file drifts.
 *
 * @example
 * const document = buildOpenApiDocument({ version: '1.0.0', examples: [] });
 * document.paths['/v1/recommendations'];
 */
export function buildOpenApiDocument(options: { version: string; examples: readonly WorkloadExample[] }): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'AWS data services architecture advisor',
      version: options.version,
      summary: 'Explainable recommendations of AWS data services for a described workload.',
      description: [
        'Describe a workload (where data comes from, how fast, what must happen to it, who reads it, security and cost needs) and get the services to use, their sizing, the order data flows through them, and why: the rules applied, the study cards they encode, and the alternatives turned down.',
        '',
        `Limits: a single workload body is at most ${REQUEST_LIMITS.workloadBodyBytes / 1024} KiB, a batch body at most ${REQUEST_LIMITS.batchBodyBytes / 1024} KiB with 1 to ${REQUEST_LIMITS.batchSize} workloads; JSON nests at most ${REQUEST_LIMITS.jsonDepth} levels.`,
        '',
        'Errors are RFC 9457 `application/problem+json`; validation problems carry `errors[]` with the JSON pointer of each offending field. When the server runs with `ADVISOR_TOKEN`, send `Authorization: Bearer <token>` on `/v1/*`, `/mcp` and `/metrics`.',
      ].join('\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // A relative URL resolves against wherever the document is served from, so /docs "Try it out" calls that server.
    servers: [
      { url: '/', description: 'The server this document is served from' },
      { url: 'http://127.0.0.1:3000', description: 'A local server started with npm start' },
    ],
    tags: [
      { name: 'recommendations', description: 'Workload in, architecture out' },
      { name: 'catalog', description: 'The services the advisor knows, with current facts' },
      { name: 'rules', description: 'The loaded json-rules-engine rule set' },
      { name: 'meta', description: 'Health, schema and documentation' },
      { name: 'mcp', description: 'The same advisor as Model Context Protocol tools' },
    ],
    security: [{}, { bearerAuth: [] }],
    paths: apiOperations(options.examples),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The value of ADVISOR_TOKEN, when the server sets one' },
      },
    },
  };
}
