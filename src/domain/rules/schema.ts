import * as z from 'zod';
import { ConfidenceSchema, RoleSchema } from '../catalog/service-ids.js';
import { strictObject } from '../workload/strict-object.js';

/**
 * The rule file format: json-rules-engine rules (`conditions`, `priority`,
 * `event`) plus our metadata. `event.params` carries the advice a rule gives,
 * so the engine's own output is the data the advisor assembles.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const RuleIdSchema = z.string().min(3).max(80).regex(KEBAB_ID, 'must be kebab-case, such as kds-custom-processing');

const Scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

/** A leaf condition: compare one workload field (fact + optional dotted path) with a value. */
export interface FactCondition {
  fact: string;
  path?: string;
  operator: string;
  value: string | number | boolean | Array<string | number | boolean>;
  name?: string;
}
export interface AllCondition {
  all: Condition[];
  name?: string;
}
export interface AnyCondition {
  any: Condition[];
  name?: string;
}
export interface NotCondition {
  not: Condition;
  name?: string;
}
export interface ConditionReference {
  condition: string;
  name?: string;
}
export type Condition = FactCondition | AllCondition | AnyCondition | NotCondition | ConditionReference;
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;

const FactConditionSchema = strictObject({
  fact: z.string().min(1).max(40),
  path: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/, 'must be a dotted field path such as throughputMBps (no JSONPath)')
    .optional(),
  operator: z.string().min(1).max(60),
  value: z.union([Scalar, z.array(Scalar).min(1).max(50)]),
  name: z.string().max(80).optional(),
});

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    strictObject({ all: z.array(ConditionSchema).min(1).max(30), name: z.string().max(80).optional() }),
    strictObject({ any: z.array(ConditionSchema).min(1).max(30), name: z.string().max(80).optional() }),
    strictObject({ not: ConditionSchema, name: z.string().max(80).optional() }),
    strictObject({ condition: RuleIdSchema, name: z.string().max(80).optional() }),
    FactConditionSchema,
  ]),
);

const ROOT_KEYS = ['all', 'any', 'not', 'condition'];

/** json-rules-engine requires a boolean operator or a reference at the root of a rule's conditions. */
export const TopLevelConditionSchema: z.ZodType<TopLevelCondition> = z.lazy(() =>
  z
    .record(z.string(), z.unknown())
    .refine((value) => ROOT_KEYS.some((key) => Object.hasOwn(value, key)), {
      message: 'the root of conditions must be "all", "any", "not" or "condition" (json-rules-engine requires it)',
    })
    .pipe(
      z.union([
        strictObject({ all: z.array(ConditionSchema).min(1).max(30), name: z.string().max(80).optional() }),
        strictObject({ any: z.array(ConditionSchema).min(1).max(30), name: z.string().max(80).optional() }),
        strictObject({ not: ConditionSchema, name: z.string().max(80).optional() }),
        strictObject({ condition: RuleIdSchema, name: z.string().max(80).optional() }),
      ]),
    ),
) as z.ZodType<TopLevelCondition>;

const Sentence = z.string().min(3).max(600);
const ServiceRef = z.string().min(1).max(60);

export const AlternativeSchema = strictObject({
  service: ServiceRef,
  whyNot: Sentence,
});

export const RecommendAdviceSchema = strictObject({
  service: ServiceRef,
  role: RoleSchema,
  confidence: ConfidenceSchema,
  /** Sentences; `{ingestion.throughputMBps}` placeholders read the workload. */
  rationale: z.array(Sentence).min(1).max(8),
  configuration: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.union([Scalar, z.array(z.string().max(200)).max(20)])).optional(),
  /** Name of a sizing function that computes configuration from the workload. */
  sizing: z.string().regex(KEBAB_ID).optional(),
  alternatives: z.array(AlternativeSchema).max(10).optional(),
  /** Services this one hands data to, when both are recommended. */
  flowsTo: z.array(ServiceRef).max(10).optional(),
  /** Services this one runs on (Spark on EMR): the pipeline shows it beside the first one present. */
  runsOn: z.array(ServiceRef).max(5).optional(),
  /** Services this advice takes as used (its sentences name them): it is dropped when the answer does not recommend them all. */
  assumes: z.array(ServiceRef).max(10).optional(),
});

export const RejectAdviceSchema = strictObject({
  service: ServiceRef,
  /** The job the service is turned down for; without it, every job (an organisation's ban, say). */
  role: RoleSchema.optional(),
  reason: Sentence,
});

export const WarnAdviceSchema = strictObject({
  code: z.string().regex(KEBAB_ID, 'warning codes are kebab-case'),
  message: Sentence,
  /** Services the warning takes as used: it is dropped when the answer does not recommend them all. */
  assumes: z.array(ServiceRef).max(10).optional(),
});

export const AskAdviceSchema = strictObject({
  field: z.string().min(1).max(80),
  why: Sentence,
});

export const AdviceSchema = strictObject({
  recommend: z.array(RecommendAdviceSchema).max(10).optional(),
  reject: z.array(RejectAdviceSchema).max(10).optional(),
  warn: z.array(WarnAdviceSchema).max(10).optional(),
  ask: z.array(AskAdviceSchema).max(10).optional(),
}).refine((advice) => Object.values(advice).some((list) => list && list.length > 0), {
  message: 'a rule must recommend, reject, warn or ask something',
});

export const RuleSchema = strictObject({
  id: RuleIdSchema,
  description: z.string().min(3).max(300),
  /** Exact titles of the study cards the rule encodes; empty only for an organisation's own policy. */
  cards: z.array(z.string().min(1).max(100)).max(10),
  /** Higher wins when rules disagree about a service; also json-rules-engine's run order. */
  priority: z.number().int().min(1).max(100),
  conditions: TopLevelConditionSchema,
  event: strictObject({
    type: z.literal('advice'),
    params: AdviceSchema,
  }),
});

export const RuleFileSchema = strictObject({
  $schema: z.string().optional(),
  topic: z.string().min(1).max(120),
  /** Named conditions that rules reference with `{ "condition": "name" }`. */
  conditions: z.record(RuleIdSchema, TopLevelConditionSchema).optional(),
  rules: z.array(RuleSchema).min(1).max(200),
});

export type Alternative = z.infer<typeof AlternativeSchema>;
export type RecommendAdvice = z.infer<typeof RecommendAdviceSchema>;
export type RejectAdvice = z.infer<typeof RejectAdviceSchema>;
export type WarnAdvice = z.infer<typeof WarnAdviceSchema>;
export type AskAdvice = z.infer<typeof AskAdviceSchema>;
export type Advice = z.infer<typeof AdviceSchema>;
export type RuleDefinition = z.infer<typeof RuleSchema>;
export type RuleFile = z.infer<typeof RuleFileSchema>;
