import * as z from 'zod';
import { OrgServiceSchema } from '../catalog/schema.js';
import { ConfidenceSchema, NAMESPACED_ID, RoleSchema } from '../catalog/service-ids.js';
import { strictObject } from '../workload/strict-object.js';

/**
 * The rule file format: json-rules-engine rules (`conditions`, `priority`,
 * `event`) plus our metadata. `event.params` carries the advice a rule gives,
 * so the engine's own output is the data the advisor assembles.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Kebab-case, optionally after an organisation's namespace: `kds-custom-processing`, `acme:msk-first`. */
const RULE_ID = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const RuleIdSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(RULE_ID, 'must be kebab-case, such as kds-custom-processing, or namespaced, such as acme:msk-first');

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
        // `{ "all": [] }` holds for every workload (json-rules-engine agrees): a standing policy.
        strictObject({ all: z.array(ConditionSchema).max(30), name: z.string().max(80).optional() }),
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

/** A built-in warning code is kebab-case; an organisation's is namespaced (`acme:data-classification`). */
const WARNING_CODE = new RegExp(`${KEBAB_ID.source}|${NAMESPACED_ID.source}`);

export const WarnAdviceSchema = strictObject({
  code: z
    .string()
    .max(80)
    .regex(WARNING_CODE, 'warning codes are kebab-case, or namespaced in an organisation\'s files (acme:data-classification)')
    .describe('kebab-case for the built-in rules; namespace:code, such as acme:data-classification, in an organisation\'s files'),
  message: Sentence,
  /** Services the warning takes as used: it is dropped when the answer does not recommend them all. */
  assumes: z.array(ServiceRef).max(10).optional(),
});

export const AskAdviceSchema = strictObject({
  field: z.string().min(1).max(80),
  why: Sentence,
});

/**
 * An organisation's policy: the service is never recommended (for the role,
 * or for any role), whatever the priority of the rule that names it; it is
 * listed as rejected with this reason and its job falls to the next choice.
 */
export const ForbidAdviceSchema = strictObject({
  service: ServiceRef,
  role: RoleSchema.optional().describe('The job it is forbidden for; without it, every job'),
  reason: Sentence.describe('Why the organisation forbids it; the answer quotes it in rejected[]'),
}).describe('An organisation forbids a service');

/**
 * An organisation's policy: wherever a rule recommends `over` for the job,
 * `service` takes the job instead, unless `service` is itself forbidden or
 * rejected for it; `over` is listed as rejected with this reason.
 */
export const PreferAdviceSchema = strictObject({
  service: ServiceRef.describe('The service the organisation prefers'),
  over: ServiceRef.describe('The service it replaces'),
  role: RoleSchema.optional().describe('The job the preference applies to; without it, every job'),
  reason: Sentence.describe('Why the organisation prefers it; the answer quotes it'),
}).describe('An organisation prefers one service over another for a job');

export const AdviceSchema = strictObject({
  recommend: z.array(RecommendAdviceSchema).max(10).optional(),
  reject: z.array(RejectAdviceSchema).max(10).optional(),
  warn: z.array(WarnAdviceSchema).max(10).optional(),
  ask: z.array(AskAdviceSchema).max(10).optional(),
  forbid: z.array(ForbidAdviceSchema).max(10).optional(),
  prefer: z.array(PreferAdviceSchema).max(10).optional(),
}).refine((advice) => Object.values(advice).some((list) => list && list.length > 0), {
  message: 'a rule must recommend, reject, warn, ask, forbid or prefer something',
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
  /** An organisation's own services, which its rules may name (ids such as acme:msk). */
  services: z.array(OrgServiceSchema).max(50).optional(),
  rules: z.array(RuleSchema).max(200).optional(),
}).refine((file) => (file.rules?.length ?? 0) + (file.services?.length ?? 0) > 0, {
  message: 'a rule file holds rules or services: give "rules" (or "services") at least one entry',
  path: ['rules'],
});

type Issue = { path: Array<string | number>; message: string };

/** Every warning code in a file, with where it sits. */
function warningCodes(file: RuleFile): Array<{ code: string; path: Array<string | number> }> {
  return (file.rules ?? []).flatMap((rule, r) =>
    (rule.event.params.warn ?? []).map((warn, w) => ({ code: warn.code, path: ['rules', r, 'event', 'params', 'warn', w, 'code'] })),
  );
}

/** What an organisation's file may not do: warn with a built-in-style code that a built-in rule could also use. */
function organisationIssues(file: RuleFile): Issue[] {
  return warningCodes(file)
    .filter(({ code }) => !NAMESPACED_ID.test(code))
    .map(({ code, path }) => ({ path, message: `an organisation's warning codes are namespaced, so that no built-in code can clash: write "acme:${code}" with your own prefix` }));
}

/** What a built-in file may not do: declare services, set policies or use an organisation's namespaced codes. */
function builtInIssues(file: RuleFile): Issue[] {
  const issues: Issue[] = file.services ? [{ path: ['services'], message: 'built-in files declare no services: the built-in catalog is src/domain/catalog' }] : [];
  (file.rules ?? []).forEach((rule, r) => {
    for (const key of ['forbid', 'prefer'] as const) {
      if (rule.event.params[key]) issues.push({ path: ['rules', r, 'event', 'params', key], message: `${key} is an organisation's policy, not built-in advice` });
    }
  });
  for (const { code, path } of warningCodes(file)) if (!KEBAB_ID.test(code)) issues.push({ path, message: 'built-in warning codes are kebab-case' });
  return issues;
}

const withIssues = (check: (file: RuleFile) => Issue[]) => (file: RuleFile, ctx: z.RefinementCtx) => {
  for (const issue of check(file)) ctx.addIssue({ code: 'custom', ...issue });
};

/**
 * An organisation's rule file (`ADVISOR_RULES_DIR`): the rule file format,
 * with its warning codes namespaced so that they never clash with built-in ones.
 *
 * @example
 * OrganisationRuleFileSchema.safeParse(JSON.parse(text)).success;
 */
export const OrganisationRuleFileSchema = RuleFileSchema.superRefine(withIssues(organisationIssues));

/**
 * A built-in rule file: no services, no forbid or prefer, kebab-case codes.
 *
 * @example
 * BuiltInRuleFileSchema.parse(JSON.parse(readFileSync('rules/glue.json', 'utf8')));
 */
export const BuiltInRuleFileSchema = RuleFileSchema.superRefine(withIssues(builtInIssues));

export type Alternative = z.infer<typeof AlternativeSchema>;
export type RecommendAdvice = z.infer<typeof RecommendAdviceSchema>;
export type RejectAdvice = z.infer<typeof RejectAdviceSchema>;
export type WarnAdvice = z.infer<typeof WarnAdviceSchema>;
export type AskAdvice = z.infer<typeof AskAdviceSchema>;
export type ForbidAdvice = z.infer<typeof ForbidAdviceSchema>;
export type PreferAdvice = z.infer<typeof PreferAdviceSchema>;
export type Advice = z.infer<typeof AdviceSchema>;
export type RuleDefinition = z.infer<typeof RuleSchema>;
export type RuleFile = z.infer<typeof RuleFileSchema>;
