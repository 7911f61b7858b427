import type { CatalogEntry } from '../catalog/schema.js';
import { type Confidence, type Role, type ServiceId } from '../catalog/service-ids.js';
import { conditionFields } from '../rules/fields.js';
import type { LoadedRule, RuleSet } from '../rules/load.js';
import { type Configuration, type Sizer, SIZERS } from '../sizing/index.js';
import { compileTemplate, type CompiledTemplate } from './template.js';

/** One service a rule recommends, prepared once: templates split, sizing and catalog entry looked up. */
export interface RecommendPlan {
  service: ServiceId;
  entry: CatalogEntry;
  role: Role;
  confidence: Confidence;
  rationale: CompiledTemplate[];
  configuration: ReadonlyArray<readonly [string, Configuration[string]]>;
  sizing: { name: string; size: Sizer } | undefined;
  /** The services the rule weighed for this job, in its order: the next choices when the organisation forbids this one. */
  alternatives: ReadonlyArray<{ service: ServiceId; whyNot: CompiledTemplate; entry: CatalogEntry }>;
  flowsTo: readonly ServiceId[];
  runsOn: readonly ServiceId[];
  assumes: readonly ServiceId[];
}

/** A service a rule turns down, for one job or (without a role) for every job. */
export interface RejectPlan {
  service: ServiceId;
  role: Role | undefined;
  reason: CompiledTemplate;
  /** The job a rejection without a role is listed under when nothing recommended the service: its first catalog role. */
  defaultRole: Role;
}

/** An organisation's ban of a service, for one job or (without a role) for every job. */
export interface ForbidPlan {
  service: ServiceId;
  role: Role | undefined;
  reason: CompiledTemplate;
}

/** An organisation's preference: `service` takes the job wherever a rule gives it to `over`. */
export interface PreferPlan {
  service: ServiceId;
  entry: CatalogEntry;
  over: ServiceId;
  role: Role | undefined;
  reason: CompiledTemplate;
}

export interface WarnPlan {
  code: string;
  message: CompiledTemplate;
  assumes: readonly ServiceId[];
}

/** A rule as the assembler reads it. */
export interface RulePlan {
  rule: LoadedRule;
  /** The rule's position in its rule set: what identifies it within one advisor. */
  ordinal: number;
  id: string;
  priority: number;
  cards: readonly string[];
  /** The rule reads `flow.*`, so it runs once per flow and speaks for that flow. */
  flowScoped: boolean;
  /** The workload fields its conditions read (named conditions followed), for confidence. */
  readsFields: readonly string[];
  recommend: readonly RecommendPlan[];
  reject: readonly RejectPlan[];
  warn: readonly WarnPlan[];
  ask: ReadonlyArray<{ field: string; path: readonly string[]; why: string }>;
  forbid: readonly ForbidPlan[];
  prefer: readonly PreferPlan[];
}

function planRule(rule: LoadedRule, ordinal: number, ruleSet: RuleSet): RulePlan {
  const advice = rule.event.params;
  const reads = conditionFields(rule.conditions, ruleSet.conditions);
  const entry = (id: string) => ruleSet.catalog.entry(id as ServiceId);
  return {
    rule,
    ordinal,
    id: rule.id,
    priority: rule.priority,
    cards: rule.cards,
    flowScoped: reads.some((path) => path === 'flow' || path.startsWith('flow.')),
    readsFields: reads.filter((path) => !path.startsWith('flow') && !path.startsWith('reading')),
    recommend: (advice.recommend ?? []).map((item) => ({
      service: item.service as ServiceId,
      entry: entry(item.service),
      role: item.role,
      confidence: item.confidence,
      rationale: item.rationale.map(compileTemplate),
      configuration: Object.entries(item.configuration ?? {}),
      sizing: item.sizing ? { name: item.sizing, size: SIZERS[item.sizing] } : undefined,
      alternatives: (item.alternatives ?? []).map((alternative) => ({
        service: alternative.service as ServiceId,
        whyNot: compileTemplate(alternative.whyNot),
        entry: entry(alternative.service),
      })),
      flowsTo: (item.flowsTo ?? []) as ServiceId[],
      runsOn: (item.runsOn ?? []) as ServiceId[],
      assumes: (item.assumes ?? []) as ServiceId[],
    })),
    reject: (advice.reject ?? []).map((item) => ({
      service: item.service as ServiceId,
      role: item.role,
      reason: compileTemplate(item.reason),
      defaultRole: entry(item.service).roles[0],
    })),
    warn: (advice.warn ?? []).map((item) => ({ code: item.code, message: compileTemplate(item.message), assumes: (item.assumes ?? []) as ServiceId[] })),
    ask: (advice.ask ?? []).map((item) => ({ field: item.field, path: item.field.split('.'), why: item.why })),
    forbid: (advice.forbid ?? []).map((item) => ({ service: item.service as ServiceId, role: item.role, reason: compileTemplate(item.reason) })),
    prefer: (advice.prefer ?? []).map((item) => ({
      service: item.service as ServiceId,
      entry: entry(item.service),
      over: item.over as ServiceId,
      role: item.role,
      reason: compileTemplate(item.reason),
    })),
  };
}

/**
 * Plans every rule of a rule set, keyed by the rule object the evaluator returns.
 *
 * @example
 * const plans = planRuleSet(loadRules());
 * plans.get(ruleSet.rules[0])?.recommend[0].entry.name;
 */
export function planRuleSet(ruleSet: RuleSet): ReadonlyMap<LoadedRule, RulePlan> {
  return new Map(ruleSet.rules.map((rule, ordinal) => [rule, planRule(rule, ordinal, ruleSet)]));
}
