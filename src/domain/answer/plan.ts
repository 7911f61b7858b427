import { type CatalogEntry, catalogEntry } from '../catalog/services.js';
import type { LoadedRule, RuleSet } from '../rules/load.js';
import { compileTemplate, type CompiledTemplate } from './template.js';
import { type Confidence, type Role, SERVICE_IDS, type ServiceId } from '../catalog/service-ids.js';
import { type Configuration, type Sizer, SIZERS } from '../sizing/index.js';

/**
 * A rule's advice prepared once, when the advisor is built: templates split
 * into parts, sizing functions and catalog entries looked up, every field
 * present. Assembling an answer then only reads uniform objects, which is
 * most of what keeps a recommendation in the tens of microseconds.
 */
export interface RecommendPlan {
  service: ServiceId;
  /** Position of the service in the catalog, for array-indexed bookkeeping. */
  serviceIndex: number;
  entry: CatalogEntry;
  role: Role;
  confidence: Confidence;
  rationale: CompiledTemplate[];
  configuration: ReadonlyArray<readonly [string, Configuration[string]]>;
  sizing: { name: string; size: Sizer } | undefined;
  alternatives: ReadonlyArray<{ service: ServiceId; whyNot: CompiledTemplate }>;
  flowsTo: readonly ServiceId[];
  runsOn: readonly ServiceId[];
}

export interface RulePlan {
  rule: LoadedRule;
  /** The rule's position in its rule set: what identifies it within one advisor. */
  ordinal: number;
  id: string;
  priority: number;
  cards: readonly string[];
  recommend: readonly RecommendPlan[];
  reject: ReadonlyArray<{ service: ServiceId; serviceIndex: number; reason: CompiledTemplate }>;
  warn: ReadonlyArray<{ code: string; message: CompiledTemplate }>;
  ask: ReadonlyArray<{ field: string; path: readonly string[]; why: string }>;
}

const SERVICE_INDEX = new Map<string, number>(SERVICE_IDS.map((id, index) => [id, index]));

function planRule(rule: LoadedRule, ordinal: number): RulePlan {
  const advice = rule.event.params;
  return {
    rule,
    ordinal,
    id: rule.id,
    priority: rule.priority,
    cards: rule.cards,
    recommend: (advice.recommend ?? []).map((item) => ({
      service: item.service as ServiceId,
      serviceIndex: SERVICE_INDEX.get(item.service) as number,
      entry: catalogEntry(item.service as ServiceId),
      role: item.role,
      confidence: item.confidence,
      rationale: item.rationale.map(compileTemplate),
      configuration: Object.entries(item.configuration ?? {}),
      sizing: item.sizing ? { name: item.sizing, size: SIZERS[item.sizing] } : undefined,
      alternatives: (item.alternatives ?? []).map((alternative) => ({
        service: alternative.service as ServiceId,
        whyNot: compileTemplate(alternative.whyNot),
      })),
      flowsTo: (item.flowsTo ?? []) as ServiceId[],
      runsOn: (item.runsOn ?? []) as ServiceId[],
    })),
    reject: (advice.reject ?? []).map((item) => ({
      service: item.service as ServiceId,
      serviceIndex: SERVICE_INDEX.get(item.service) as number,
      reason: compileTemplate(item.reason),
    })),
    warn: (advice.warn ?? []).map((item) => ({ code: item.code, message: compileTemplate(item.message) })),
    ask: (advice.ask ?? []).map((item) => ({ field: item.field, path: item.field.split('.'), why: item.why })),
  };
}

/**
 * Plans every rule of a rule set, keyed by the rule object both evaluators return.
 *
 * @example
 * const plans = planRuleSet(loadRules());
 * plans.get(ruleSet.rules[0])?.recommend[0].entry.name;
 */
export function planRuleSet(ruleSet: RuleSet): ReadonlyMap<LoadedRule, RulePlan> {
  return new Map(ruleSet.rules.map((rule, ordinal) => [rule, planRule(rule, ordinal)]));
}
