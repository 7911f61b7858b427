import * as z from 'zod';
import { MAX_FIELD_ERRORS } from '../domain/errors.js';
import { ServiceListSchema, ServiceViewSchema } from '../domain/catalog/schema.js';
import { ComparisonSchema } from '../domain/catalog/compare.js';
import { RecommendationSchema } from '../domain/answer/schema.js';
import { WorkloadComparisonRequestSchema, WorkloadComparisonSchema } from '../domain/comparison/comparison-schema.js';
import { RuleSchema, TopLevelConditionSchema } from '../domain/rules/schema.js';
import { WorkloadSchema } from '../domain/workload/schema.js';
import { WorkloadReadingSchema } from '../domain/infer-workload.js';
import { BatchRequestSchema } from './routes/recommendations.js';

/**
 * JSON Schema (2020-12) of a zod schema, without the `$schema` keyword so it
 * can sit inside an OpenAPI 3.1 document or an MCP tool definition.
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

let workloadSchemaCache: Record<string, unknown> | undefined;

/** The workload's JSON Schema, as `GET /v1/schema/workload` serves it. */
export function workloadJsonSchema(): Record<string, unknown> {
  workloadSchemaCache ??= {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: '/v1/schema/workload',
    title: 'Workload',
    ...jsonSchemaOf(WorkloadSchema, 'input'),
  };
  return workloadSchemaCache;
}

export const RuleViewSchema = RuleSchema.extend({
  source: z.string().describe('"built-in", or the path of an organisation rule file'),
  topic: z.string(),
}).describe('A loaded rule: json-rules-engine conditions and event, plus the advisor\'s metadata');

export const RuleListSchema = z
  .object({
    version: z.string(),
    count: z.number().int().min(0),
    conditions: z.record(z.string(), TopLevelConditionSchema).describe('Named conditions the rules reference'),
    rules: z.array(RuleViewSchema),
  })
  .describe('The loaded rule set');

export const BatchResponseSchema = z
  .object({ results: z.array(RecommendationSchema) })
  .describe('One recommendation per workload, in the order sent');

export const HealthSchema = z.object({ status: z.literal('ok'), rules: z.number().int().min(0) }).describe('Liveness');
export const ReadinessSchema = z
  .object({ status: z.literal('ready'), rules: z.number().int().min(0), rulesVersion: z.string() })
  .describe('Readiness: rules loaded and not shutting down');

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the problem type; GET it for a description'),
    title: z.string(),
    status: z.number().int().min(400).max(599).describe('The HTTP status code'),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string().describe('JSON pointer of the offending field'), message: z.string() }))
      .max(MAX_FIELD_ERRORS)
      .optional()
      .describe(`The first ${MAX_FIELD_ERRORS} problems with the request`),
    moreErrors: z.number().int().min(1).optional().describe('How many more problems were found than `errors` lists'),
  })
  .describe('RFC 9457 problem details');

/** A refusal of /mcp's own, as the MCP SDK writes its refusals: a JSON-RPC error with no id. */
export const JsonRpcErrorSchema = z
  .object({
    jsonrpc: z.literal('2.0'),
    // JSON-RPC 2.0 keeps -32768 to -32000 for its own and the server's errors: every /mcp refusal is one of them.
    error: z.object({ code: z.number().int().min(-32768).max(-32000), message: z.string(), data: z.unknown().optional() }),
    id: z.null(),
  })
  .describe('A JSON-RPC error answering a request /mcp refused before reading its messages');

/** Every schema the OpenAPI document names, each generated from its zod source. */
export const COMPONENT_SCHEMAS = {
  Workload: [WorkloadSchema, 'input'],
  Recommendation: [RecommendationSchema, 'output'],
  WorkloadReading: [WorkloadReadingSchema, 'output'],
  BatchRequest: [BatchRequestSchema, 'input'],
  BatchResponse: [BatchResponseSchema, 'output'],
  WorkloadComparisonRequest: [WorkloadComparisonRequestSchema, 'input'],
  WorkloadComparison: [WorkloadComparisonSchema, 'output'],
  ServiceList: [ServiceListSchema, 'output'],
  Service: [ServiceViewSchema, 'output'],
  Comparison: [ComparisonSchema, 'output'],
  RuleList: [RuleListSchema, 'output'],
  Rule: [RuleViewSchema, 'output'],
  Health: [HealthSchema, 'output'],
  Readiness: [ReadinessSchema, 'output'],
  Problem: [ProblemSchema, 'output'],
  JsonRpcError: [JsonRpcErrorSchema, 'output'],
} as const satisfies Record<string, readonly [z.ZodType, 'input' | 'output']>;
