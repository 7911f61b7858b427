import * as z from 'zod';
import { ARRIVALS, FLOW_SOURCES } from '../facts/flows.js';
import { ConfidenceSchema, RoleSchema, ServiceIdSchema } from '../catalog/service-ids.js';
import { InferredFieldSchema } from '../description/inferred-field.js';
import { CostEstimateSchema, RecommendationCostSchema } from '../cost/cost-schema.js';
import { CounterfactualSchema } from '../counterfactuals/counterfactual-schema.js';
import { PremiseSchema } from '../sizing/premise.js';

const ConfigurationValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const RecommendationItemSchema = z
  .object({
    service: ServiceIdSchema,
    name: z.string().describe('Display name of the service'),
    role: RoleSchema,
    confidence: ConfidenceSchema,
    rationale: z.array(z.string()).describe('Why, in plain words, tied to the workload\'s own values'),
    rules: z.array(z.string()).describe('Ids of the rules that led here'),
    cards: z.array(z.string()).describe('Titles of the study cards those rules encode'),
    configuration: z.record(z.string(), ConfigurationValueSchema).describe('Sizing or settings advice'),
    alternatives: z
      .array(z.object({ service: ServiceIdSchema, whyNot: z.string() }))
      .describe('Services considered for this role and why they were not chosen'),
    premises: z.array(PremiseSchema).describe('Every number the sizing rests on, with where it came from; empty when nothing is sized'),
    cost: RecommendationCostSchema.optional().describe('What this service costs a month as sized; absent when nothing of it is sized to price'),
    whatWouldChange: z
      .array(CounterfactualSchema)
      .optional()
      .describe('The smallest changes to the workload that would drop this service from its role, each checked by answering the changed workload; absent when counterfactuals are turned off'),
  })
  .describe('One recommended service');

export const PipelineStageSchema = z
  .object({
    stage: RoleSchema,
    services: z.array(ServiceIdSchema),
  })
  .describe('A stage of the pipeline; stages are listed in data-flow order');

export const WarningSchema = z
  .object({
    code: z
      .string()
      .describe(
        'new-account-quota, data-lake-not-transactional, catalog-before-analysis, retired-service, renamed-service, stream-limit, conflicting-inputs, outside-scope (a stated need the catalog does not cover, with the AWS service that serves it), sizing-guess (a sizing rests on a default that could change it more than twofold), or another kebab-case code',
      ),
    message: z.string(),
    rules: z.array(z.string()),
  })
  .describe('Something the user must act on or know');

export const RejectedSchema = z
  .object({
    service: ServiceIdSchema,
    role: RoleSchema.describe('The job the service is turned down for; the same service may be recommended for another'),
    reason: z.string(),
    rules: z.array(z.string()),
  })
  .describe('A service the advisor turned down for one job of this workload');

export const FlowPathSchema = z
  .object({
    source: z.enum(FLOW_SOURCES).describe('A source from data.sources, or unspecified when the workload names none'),
    arrival: z.enum(ARRIVALS).describe('How this source\'s data reaches AWS, as the advisor read it'),
    services: z.array(ServiceIdSchema).describe('The services this source\'s data passes through, in data-flow order'),
  })
  .describe('One source\'s path through the pipeline; the paths of several sources join where the data lands');

export const MissingSchema = z
  .object({
    field: z.string().describe('Dotted path of a workload field, such as ingestion.throughputMBps'),
    why: z.string().describe('What the answer would decide with it'),
  })
  .describe('A field that would change the answer if given');

/**
 * The advisor's answer (contract section 2).
 *
 * @example
 * RecommendationSchema.parse(await recommend({ latency: 'real-time' }));
 */
export const RecommendationSchema = z
  .object({
    workload: z.string().describe('The workload\'s name, or "unnamed-workload"'),
    rulesVersion: z.string().describe('Hash of the loaded rule files'),
    recommendations: z.array(RecommendationItemSchema),
    pipeline: z.array(PipelineStageSchema),
    flows: z.array(FlowPathSchema).describe('Each source\'s path: how its data arrives and the services it passes through'),
    warnings: z.array(WarningSchema),
    rejected: z.array(RejectedSchema),
    missing: z.array(MissingSchema),
    inferred: z.array(InferredFieldSchema).describe('Fields read from the description, each with its evidence; fields given explicitly always win'),
    costEstimate: CostEstimateSchema.optional().describe('What the whole answer costs a month, in one Region, without free tier or discounts'),
  })
  .describe('Which services to use, how to size them, in what order data flows, and why');

export type RecommendationItem = z.infer<typeof RecommendationItemSchema>;
export type PipelineStage = z.infer<typeof PipelineStageSchema>;
export type RecommendationWarning = z.infer<typeof WarningSchema>;
export type Rejected = z.infer<typeof RejectedSchema>;
export type Missing = z.infer<typeof MissingSchema>;
export type FlowPath = z.infer<typeof FlowPathSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
