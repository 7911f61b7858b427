import * as z from 'zod';
import { ConditionSchema } from '../domain/rules/schema.js';
import { SERVICE_IDS } from '../domain/catalog/service-ids.js';
import { DEFAULT_LIMITS } from './env.js';
import { PROBLEM_TYPES } from './problem.js';
import { COMPONENT_SCHEMAS } from './schemas.js';

/** A named example workload for the request body (taken from the scenario files). */
export interface WorkloadExample {
  name: string;
  summary: string;
  workload: unknown;
}

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: Json, extra: Json = {}) => ({ 'application/json': { schema, ...extra } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => {
      const types = Object.entries(PROBLEM_TYPES).filter(([, t]) => t.status === status);
      return [String(status), problemResponse(types.map(([, t]) => `${t.title}: ${t.about}`).join(' '))];
    }),
  );

/** Components generated from the zod schemas, one source of truth for REST, MCP and this document. */
function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, [schema]] of Object.entries(COMPONENT_SCHEMAS)) registry.add(schema as z.ZodType, { id });
  registry.add(ConditionSchema, { id: 'Condition' });
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
  const workloadExamples = Object.fromEntries(
    options.examples.map((example) => [example.name, { summary: example.summary, value: example.workload }]),
  );
  const firstExample = options.examples[0]?.workload ?? {};
  const serviceId = { name: 'id', in: 'path', required: true, description: `A service id (or the retired alias kinesis-data-analytics)`, schema: { type: 'string', enum: [...SERVICE_IDS, 'kinesis-data-analytics'] } };

  return {
    openapi: '3.1.0',
    info: {
      title: 'AWS data services architecture advisor',
      version: options.version,
      summary: 'Explainable recommendations of AWS data services for a described workload.',
      description: [
        'Describe a workload (where data comes from, how fast, what must happen to it, who reads it, security and cost needs) and get the services to use, their sizing, the order data flows through them, and why: the rules applied, the study cards they encode, and the alternatives turned down.',
        '',
        `Limits: a single workload body is at most ${DEFAULT_LIMITS.recommendationBodyBytes / 1024} KiB, a batch body at most ${DEFAULT_LIMITS.batchBodyBytes / 1024} KiB with 1 to ${DEFAULT_LIMITS.batchSize} workloads; JSON nests at most 16 levels.`,
        '',
        'Errors are RFC 9457 `application/problem+json`; validation problems carry `errors[]` with the JSON pointer of each offending field. When the server runs with `ADVISOR_TOKEN`, send `Authorization: Bearer <token>` on `/v1/*` and `/mcp`.',
      ].join('\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:3000', description: 'Local server started with npm start' }],
    tags: [
      { name: 'recommendations', description: 'Workload in, architecture out' },
      { name: 'catalog', description: 'The services the advisor knows, with current facts' },
      { name: 'rules', description: 'The loaded json-rules-engine rule set' },
      { name: 'meta', description: 'Health, schema and documentation' },
      { name: 'mcp', description: 'The same advisor as Model Context Protocol tools' },
    ],
    security: [{}, { bearerAuth: [] }],
    paths: {
      '/v1/recommendations': {
        post: {
          tags: ['recommendations'],
          operationId: 'recommend',
          summary: 'Recommend an architecture for a workload',
          description:
            'Answers with JSON by default; `Accept: text/markdown` (or `?format=markdown`) returns a MADR 4 architecture decision record, `?format=mermaid` (or `Accept: text/vnd.mermaid`) a Mermaid flowchart of the pipeline.',
          parameters: [
            {
              name: 'format',
              in: 'query',
              required: false,
              description: 'Representation to answer with; overrides the Accept header',
              schema: { type: 'string', enum: ['json', 'markdown', 'mermaid'] },
            },
          ],
          requestBody: {
            required: true,
            content: jsonContent(ref('Workload'), { examples: workloadExamples }),
          },
          responses: {
            '200': {
              description: 'The recommendation',
              content: {
                'application/json': { schema: ref('Recommendation') },
                'text/markdown': { schema: { type: 'string' }, example: '---\nstatus: proposed\n...' },
                'text/vnd.mermaid': { schema: { type: 'string' }, example: 'flowchart LR\n  ...' },
              },
            },
            ...problems(400, 401, 405, 406, 413, 415),
          },
        },
      },
      '/v1/recommendations/batch': {
        post: {
          tags: ['recommendations'],
          operationId: 'recommendBatch',
          summary: 'Recommend architectures for 1 to 100 workloads',
          description: 'Results come back in the order the workloads were sent. One invalid workload fails the whole batch with a 400 naming its index and field.',
          requestBody: {
            required: true,
            content: jsonContent(ref('BatchRequest'), { example: { workloads: options.examples.slice(0, 2).map((e) => e.workload) } }),
          },
          responses: {
            '200': { description: 'One recommendation per workload', content: jsonContent(ref('BatchResponse')) },
            ...problems(400, 401, 405, 413, 415),
          },
        },
      },
      '/v1/services': {
        get: {
          tags: ['catalog'],
          operationId: 'listServices',
          summary: 'List every service the advisor knows',
          responses: { '200': { description: 'The catalog', content: jsonContent(ref('ServiceList')) }, ...problems(401, 405) },
        },
      },
      '/v1/services/{id}': {
        get: {
          tags: ['catalog'],
          operationId: 'getService',
          summary: 'One catalog entry: summary, card notes, current facts, limits, lifecycle',
          parameters: [serviceId],
          responses: { '200': { description: 'The catalog entry', content: jsonContent(ref('Service')) }, ...problems(401, 404, 405) },
        },
      },
      '/v1/compare': {
        get: {
          tags: ['catalog'],
          operationId: 'compareServices',
          summary: 'Compare two or more services side by side',
          parameters: [
            {
              name: 'services',
              in: 'query',
              required: true,
              description: 'Comma-separated service ids, 2 to 8',
              schema: { type: 'string' },
              example: 'kinesis-data-firehose,kinesis-data-streams',
            },
          ],
          responses: {
            '200': { description: 'Trade-offs from the cards between every pair', content: jsonContent(ref('Comparison')) },
            ...problems(400, 401, 404, 405),
          },
        },
      },
      '/v1/rules': {
        get: {
          tags: ['rules'],
          operationId: 'listRules',
          summary: 'The loaded rule set',
          responses: { '200': { description: 'Every rule, built-in and organisation', content: jsonContent(ref('RuleList')) }, ...problems(401, 405) },
        },
      },
      '/v1/rules/{id}': {
        get: {
          tags: ['rules'],
          operationId: 'getRule',
          summary: 'One rule',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'A rule id', schema: { type: 'string' } }],
          responses: { '200': { description: 'The rule', content: jsonContent(ref('Rule')) }, ...problems(401, 404, 405) },
        },
      },
      '/v1/schema/workload': {
        get: {
          tags: ['meta'],
          operationId: 'getWorkloadSchema',
          summary: 'JSON Schema of the workload',
          responses: {
            '200': { description: 'JSON Schema 2020-12', content: jsonContent({ type: 'object' }, { example: { title: 'Workload', type: 'object' } }) },
            ...problems(401, 405),
          },
        },
      },
      '/': {
        get: {
          tags: ['meta'],
          operationId: 'getPlayground',
          summary: 'Playground: describe a workload in the browser and see the diagram, cards and ADR',
          security: [{}],
          responses: { '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } }, ...problems(405) },
        },
      },
      '/healthz': {
        get: {
          tags: ['meta'],
          operationId: 'health',
          summary: 'Liveness',
          security: [{}],
          responses: { '200': { description: 'The process is up', content: jsonContent(ref('Health')) }, ...problems(405) },
        },
      },
      '/readyz': {
        get: {
          tags: ['meta'],
          operationId: 'readiness',
          summary: 'Readiness: rules loaded and not shutting down',
          security: [{}],
          responses: { '200': { description: 'Ready for work', content: jsonContent(ref('Readiness')) }, ...problems(405, 503) },
        },
      },
      '/openapi.yaml': {
        get: {
          tags: ['meta'],
          operationId: 'getOpenApi',
          summary: 'This document',
          security: [{}],
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/yaml': { schema: { type: 'string' } } } }, ...problems(404, 405) },
        },
      },
      '/docs': {
        get: {
          tags: ['meta'],
          operationId: 'getDocs',
          summary: 'Interactive API documentation (Swagger UI, served locally)',
          security: [{}],
          responses: { '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } }, ...problems(404, 405) },
        },
      },
      '/mcp': {
        post: mcpOperation('mcpPost', 'Send a JSON-RPC message to the MCP server (Streamable HTTP)'),
        get: mcpOperation('mcpGet', 'Open the server-to-client SSE stream of an MCP session'),
        delete: mcpOperation('mcpDelete', 'End an MCP session'),
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The value of ADVISOR_TOKEN, when the server sets one' },
      },
    },
  };
}

function mcpOperation(operationId: string, summary: string) {
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
