import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { randomUUID } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { UnknownServiceError, WorkloadValidationError } from '../domain/errors.js';
import type { Advisor } from '../domain/advisor.js';
import { ServiceListSchema, ServiceViewSchema } from '../domain/catalog/schema.js';
import { ComparisonSchema, compareRequestSchema, compareServices } from '../domain/catalog/compare.js';
import { type Recommendation, RecommendationSchema } from '../domain/answer/schema.js';
import { SERVICE_ID_ALIASES } from '../domain/catalog/service-ids.js';
import { WorkloadSchema } from '../domain/workload/schema.js';
import { summarizeComparison, summarizeRecommendation } from './summaries.js';

/** Every tool only reads the advisor's knowledge: same input, same answer, nothing outside touched. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** The id a caller names, as an enum: a built-in id, the retired alias, or one of the organisation's own. */
const serviceIdInput = (knownIds: readonly string[]) =>
  z
    .strictObject({ id: z.enum(knownIds as [string, ...string[]]).describe('A service id; a retired one answers with its successor') })
    .describe('The service to look up');

/**
 * A tool result: a short summary for the model to read first, then the whole
 * structured answer serialised, as the MCP spec asks of tools with an output schema.
 */
function answerWith<T extends Record<string, unknown>>(summary: string, structured: T): CallToolResult & { structuredContent: T } {
  return {
    content: [
      { type: 'text', text: summary },
      { type: 'text', text: JSON.stringify(structured) },
    ],
    structuredContent: structured,
  };
}

/** The errors whose message is meant for the caller: a bad workload, an unknown id. */
const CALLER_ERRORS = [WorkloadValidationError, UnknownServiceError];

/**
 * Wraps a tool handler so that an unexpected failure answers with a short
 * `isError` result and a request to report it, while the full error goes to
 * the log: internal messages ("x is not a function") never reach the caller.
 */
function guardUnexpected(logError?: LogToolError) {
  return <Args extends unknown[], Result>(handler: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result | CallToolResult> => {
      try {
        return await handler(...args);
      } catch (error) {
        if (CALLER_ERRORS.some((type) => error instanceof type)) throw error;
        const id = randomUUID();
        logError?.(error, id);
        return { isError: true, content: [{ type: 'text', text: `The advisor failed unexpectedly (error id ${id}); try again, and report the id if it persists.` }] };
      }
    };
}

/** Where a tool's unexpected failure goes in full, with the error id its caller was given. */
export type LogToolError = (error: unknown, errorId: string) => void;

type Safely = ReturnType<typeof guardUnexpected>;

/**
 * Registers the advisor's four tools. Each returns `structuredContent`
 * identical to the REST API's JSON plus a short text summary for the model.
 */
export function registerTools(server: McpServer, advisor: Advisor, logError?: LogToolError, onAnswer?: (answer: Recommendation) => void): void {
  const safely = guardUnexpected(logError);
  registerRecommendTool(server, advisor, safely, onAnswer);
  registerCatalogTools(server, advisor, safely);
}

function registerRecommendTool(server: McpServer, advisor: Advisor, safely: Safely, onAnswer?: (answer: Recommendation) => void): void {
  const { catalog } = advisor.ruleSet;
  server.registerTool(
    'recommend_architecture',
    {
      title: 'Recommend an AWS data architecture',
      description: [
        'Recommends which AWS data services to use for a workload, how to size them, the order data flows through them, and why (rules applied, study cards cited, alternatives turned down).',
        'Call it when the user wants to ingest, process, store, query, visualise or learn from data on AWS.',
        'Before calling, ask the user for what you do not know: where data comes from (data.sources), whether it streams in or already sits at rest (ingestion.mode, data.atRest), how fast (ingestion.throughputMBps, recordsPerSecond), how fresh answers must be (latency), what must happen to it (processing), where it lands (destinations), who reads it (analytics, ml), and security or cost needs.',
        'A description alone is enough to start: pass the user\'s own words as `description` and the advisor reads sources, rates, latency, needs and destinations from it (listed in `inferred` with the words they came from); fields you give always win over the prose.',
        'Every field is optional; the answer\'s `missing` list says which fields would change it, so call again once the user answers them.',
      ].join(' '),
      inputSchema: WorkloadSchema,
      outputSchema: RecommendationSchema,
      annotations: { title: 'Recommend an AWS data architecture', ...READ_ONLY },
    },
    safely(async (workload, extra) => {
      const answer = advisor.recommendValidated(workload);
      onAnswer?.(answer);
      await server.server.sendLoggingMessage(
        { level: 'debug', logger: 'advisor', data: `recommended ${answer.recommendations.length} services for ${answer.workload} (rules ${answer.rulesVersion})` },
        extra.sessionId,
      );
      return answerWith(summarizeRecommendation(answer, catalog), answer);
    }),
  );
}

/** compare_services, get_service and list_services: the catalog, the organisation's services included. */
function registerCatalogTools(server: McpServer, advisor: Advisor, safely: Safely): void {
  const { catalog } = advisor.ruleSet;
  server.registerTool(
    'compare_services',
    {
      title: 'Compare AWS data services',
      description:
        'Compares two to eight services side by side: what each does, its limits, and for every pair the trade-off the study cards draw (when to choose which). Call it when the user weighs alternatives such as Firehose vs Kinesis Data Streams, Glue vs Kinesis, SSE-S3 vs SSE-KMS, Athena vs EMR, or compute optimized vs GPU instances. Use list_services for the valid ids.',
      inputSchema: compareRequestSchema(catalog.knownIds),
      outputSchema: ComparisonSchema,
      annotations: { title: 'Compare AWS data services', ...READ_ONLY },
    },
    safely(async ({ services }) => {
      const comparison = compareServices(services, catalog);
      return answerWith(summarizeComparison(comparison), comparison);
    }),
  );

  server.registerTool(
    'get_service',
    {
      title: 'Look up one AWS data service',
      description: `Returns one catalog entry: summary, what the study cards say, current AWS facts with sources and dates, limits, and lifecycle (renamed or retired). Call it when the user asks about a specific service; the ids are the input schema\'s enum, and ${Object.keys(SERVICE_ID_ALIASES).join(', ')} answers with its successor.${catalog.knownIds.some((id) => id.includes(':')) ? ' Ids with a colon are the organisation\'s own services (origin: organisation).' : ''}`,
      inputSchema: serviceIdInput(catalog.knownIds),
      outputSchema: ServiceViewSchema,
      annotations: { title: 'Look up one AWS data service', ...READ_ONLY },
    },
    safely(async ({ id }) => {
      const entry = catalog.get(id);
      const note = entry.lifecycle.note ? ` ${entry.lifecycle.note}` : '';
      return answerWith(`${entry.name} (${entry.id}; ${entry.roles.join(', ')}): ${entry.summary}${note}`, { ...entry });
    }),
  );

  server.registerTool(
    'list_services',
    {
      title: 'List the AWS data services the advisor knows',
      description:
        'Lists every service id with its name, roles and origin (built-in, or the organisation\'s own). Call it to find the id to pass to get_service or compare_services.',
      inputSchema: z.strictObject({}),
      outputSchema: ServiceListSchema,
      annotations: { title: 'List the AWS data services the advisor knows', ...READ_ONLY },
    },
    async () => {
      const services = catalog.list();
      const origin = (s: (typeof services)[number]) => (s.origin === 'organisation' ? ", the organisation's own" : '');
      return answerWith(services.map((s) => `${s.id}: ${s.name} (${s.roles.join(', ')}${origin(s)})`).join('\n'), { services });
    },
  );
}
