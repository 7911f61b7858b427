import { type CatalogEntry, catalogEntry } from '../catalog/services.js';
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
  alternatives: ReadonlyArray<{ service: ServiceId; whyNot: CompiledTemplate }>;
  flowsTo: readonly ServiceId[];
  runsOn: readonly ServiceId[];
  assumes: readonly ServiceId[];
}

/** A service a rule turns down, for one job or (without a role) for every job. */
export interface RejectPlan {
  service: ServiceId;
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
}

function planRule(rule: LoadedRule, ordinal: number, ruleSet: RuleSet): RulePlan {
  const advice = rule.event.params;
  const reads = conditionFields(rule.conditions, ruleSet.conditions);
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
      entry: catalogEntry(item.service as ServiceId),
      role: item.role,
      confidence: item.confidence,
      rationale: item.rationale.map(compileTemplate),
      configuration: Object.entries(item.configuration ?? {}),
      sizing: item.sizing ? { name: item.sizing, size: SIZERS[item.sizing] } : undefined,
      alternatives: (item.alternatives ?? []).map((alternative) => ({ service: alternative.service as ServiceId, whyNot: compileTemplate(alternative.whyNot) })),
      flowsTo: (item.flowsTo ?? []) as ServiceId[],
      runsOn: (item.runsOn ?? []) as ServiceId[],
      assumes: (item.assumes ?? []) as ServiceId[],
    })),
    reject: (advice.reject ?? []).map((item) => ({ service: item.service as ServiceId, role: item.role, reason: compileTemplate(item.reason) })),
    warn: (advice.warn ?? []).map((item) => ({ code: item.code, message: compileTemplate(item.message), assumes: (item.assumes ?? []) as ServiceId[] })),
    ask: (advice.ask ?? []).map((item) => ({ field: item.field, path: item.field.split('.'), why: item.why })),
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
