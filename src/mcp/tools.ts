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
import { outlineOf } from './output-outline.js';
import { renderServiceMarkdown } from '../domain/rendering/service-markdown.js';
import { STRUCTURED_POINTER, summarizeComparison, summarizeRecommendation } from './summaries.js';

/** Every tool only reads the advisor's knowledge: same input, same answer, nothing outside touched. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** The id a caller names, as an enum: a built-in id, the retired alias, or one of the organisation's own. */
const serviceIdInput = (knownIds: readonly string[]) =>
  z
    .strictObject({ id: z.enum(knownIds as [string, ...string[]]).describe('A service id; a retired one answers with its successor') })
    .describe('The service to look up');

/**
 * A tool result: the answer in words, complete for a client that reads text
 * only and ending with a pointer to `structuredContent`, which holds the
 * whole answer once (not the JSON again as text: a model's context is small).
 */
function answerWith<T extends Record<string, unknown>>(summary: string, structured: T): CallToolResult & { structuredContent: T } {
  return { content: [{ type: 'text', text: summary }], structuredContent: structured };
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
        'Which AWS data services to use for a workload, how to size them, in what order data flows through them, and why.',
        'A description alone is enough to start: pass the user\'s own words as `description`; what it reads comes back in `inferred` with the words it came from, and fields you give win over the prose.',
        'Every field is optional; `missing` names the fields that would change the answer: ask the user, then call again.',
      ].join(' '),
      inputSchema: WorkloadSchema,
      outputSchema: outlineOf(RecommendationSchema),
      annotations: READ_ONLY,
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
        'Two to eight services side by side: what each does, its limits, and for every pair when to choose which (Firehose vs Kinesis Data Streams, Glue vs Kinesis, Athena vs EMR…). The ids are get_service\'s.',
      inputSchema: compareRequestSchema(catalog.knownIds),
      outputSchema: outlineOf(ComparisonSchema),
      annotations: READ_ONLY,
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
      description: `One service: summary, what the study cards say, current AWS facts with sources and dates, limits and lifecycle. ${Object.keys(SERVICE_ID_ALIASES).join(', ')} answers with its successor.${catalog.knownIds.some((id) => id.includes(':')) ? ' Ids with a colon are the organisation\'s own services.' : ''}`,
      inputSchema: serviceIdInput(catalog.knownIds),
      outputSchema: outlineOf(ServiceViewSchema),
      annotations: READ_ONLY,
    },
    safely(async ({ id }) => {
      const entry = catalog.get(id);
      const alias = entry.requestedAs ? `${entry.requestedAs} is a retired id: it answers with ${entry.id}.\n\n` : '';
      return answerWith(`${alias}${renderServiceMarkdown(entry)}\n${STRUCTURED_POINTER}.`, { ...entry });
    }),
  );

  server.registerTool(
    'list_services',
    {
      title: 'List the AWS data services the advisor knows',
      description: 'Every service id with its name, roles and origin (built-in, or the organisation\'s own): the ids get_service and compare_services take.',
      inputSchema: z.strictObject({}),
      outputSchema: outlineOf(ServiceListSchema),
      annotations: READ_ONLY,
    },
    async () => {
      const services = catalog.list();
      const origin = (s: (typeof services)[number]) => (s.origin === 'organisation' ? ", the organisation's own" : '');
      const lines = services.map((s) => `${s.id}: ${s.name} (${s.roles.join(', ')}${origin(s)})`);
      return answerWith(`${lines.join('\n')}\n\n${STRUCTURED_POINTER}, with each service's summary and lifecycle.`, { services });
    },
  );
}
