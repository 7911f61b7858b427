import { catalogEntry } from './catalog.js';
import type { LoadedRule } from './load-rules.js';
import { layoutPipeline, type PipelineEdge } from './pipeline.js';
import { renderTemplate } from './rationale-template.js';
import type {
  Missing,
  Recommendation,
  RecommendationItem,
  RecommendationWarning,
  Rejected,
} from './recommendation-schema.js';
import type { RecommendAdvice } from './rule-schema.js';
import { type Confidence, ROLES, type ServiceId } from './service-ids.js';
import { type Configuration, SIZERS } from './sizing/index.js';
import { readPath, WORKLOAD_FIELDS } from './workload-fields.js';
import type { Workload } from './workload-schema.js';

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };
const FIELD_ORDER = new Map([...WORKLOAD_FIELDS.keys()].map((path, index) => [path, index]));
const LIFECYCLE_WARNED = new Set(['renamed', 'retired']);

interface Contribution {
  rule: LoadedRule;
  advice: RecommendAdvice;
}

/**
 * Turns the rules that fired into the answer: resolves conflicts by priority,
 * merges what several rules say about one service, runs sizing, lays out the
 * pipeline and collects warnings, rejections and open questions.
 *
 * `fired` must be in rule-set order (priority high to low, then id), which
 * both evaluators guarantee; nothing here depends on file order.
 *
 * Conflict policy: when one rule recommends a service and another rejects it,
 * the higher priority wins; on a tie the rejection wins, the cautious answer.
 */
export function assembleRecommendation(
  workload: Workload,
  fired: readonly LoadedRule[],
  rulesVersion: string,
): Recommendation {
  const contributions = new Map<ServiceId, Contribution[]>();
  const rejections = new Map<ServiceId, Array<{ rule: LoadedRule; reason: string }>>();
  for (const rule of fired) {
    for (const advice of rule.event.params.recommend ?? []) {
      const service = advice.service as ServiceId;
      if (!contributions.has(service)) contributions.set(service, []);
      contributions.get(service)?.push({ rule, advice });
    }
    for (const advice of rule.event.params.reject ?? []) {
      const service = advice.service as ServiceId;
      if (!rejections.has(service)) rejections.set(service, []);
      rejections.get(service)?.push({ rule, reason: renderTemplate(advice.reason, workload) });
    }
  }

  // Both lists are in rule-set order, so element 0 carries the highest priority.
  const chosen: ServiceId[] = [];
  for (const [service, list] of contributions) {
    const rejectedBy = rejections.get(service);
    if (rejectedBy && rejectedBy[0].rule.priority >= list[0].rule.priority) continue;
    rejections.delete(service);
    chosen.push(service);
  }
  const recommended = new Set(chosen);

  const items = new Map<ServiceId, RecommendationItem>();
  const edges: PipelineEdge[] = [];
  const warnings: RecommendationWarning[] = [];
  const addWarning = (code: string, message: string, rules: readonly string[]) => {
    const existing = warnings.find((w) => w.code === code && w.message === message);
    if (existing) {
      for (const id of rules) if (!existing.rules.includes(id)) existing.rules.push(id);
    } else {
      warnings.push({ code, message, rules: [...rules] });
    }
  };

  for (const rule of fired) {
    for (const advice of rule.event.params.warn ?? []) addWarning(advice.code, renderTemplate(advice.message, workload), [rule.id]);
  }

  for (const service of chosen) {
    const list = contributions.get(service) as Contribution[];
    const entry = catalogEntry(service);
    const rules = unique(list.map((c) => c.rule.id));
    const configuration: Configuration = {};
    const rationale = unique(list.flatMap((c) => c.advice.rationale.map((sentence) => renderTemplate(sentence, workload))));
    for (const sizing of unique(list.flatMap((c) => (c.advice.sizing ? [c.advice.sizing] : [])))) {
      const sized = SIZERS[sizing]({ workload, recommended });
      Object.assign(configuration, sized.configuration);
      rationale.push(...sized.rationale.filter((sentence) => !rationale.includes(sentence)));
      for (const warning of sized.warnings) addWarning(warning.code, warning.message, rules);
    }
    for (const { advice } of list) {
      for (const [key, value] of Object.entries(advice.configuration ?? {})) {
        if (!Object.hasOwn(configuration, key)) configuration[key] = value;
      }
    }
    const alternatives: RecommendationItem['alternatives'] = [];
    for (const { advice, rule } of list) {
      for (const alternative of advice.alternatives ?? []) {
        const id = alternative.service as ServiceId;
        if (id === service || recommended.has(id) || alternatives.some((a) => a.service === id)) continue;
        alternatives.push({ service: id, whyNot: renderTemplate(alternative.whyNot, workload) });
      }
      for (const to of advice.flowsTo ?? []) edges.push({ from: service, to: to as ServiceId, priority: rule.priority });
    }
    items.set(service, {
      service,
      name: entry.name,
      role: list[0].advice.role,
      confidence: list.reduce<Confidence>(
        (best, c) => (CONFIDENCE_RANK[c.advice.confidence] > CONFIDENCE_RANK[best] ? c.advice.confidence : best),
        'low',
      ),
      rationale,
      rules,
      cards: unique(list.flatMap((c) => c.rule.cards)),
      configuration,
      alternatives,
    });
  }

  const layout = layoutPipeline(
    [...items.values()].map((item) => {
      const list = contributions.get(item.service) as Contribution[];
      return {
        service: item.service,
        role: item.role,
        runsOn: unique(list.flatMap((c) => (c.advice.runsOn ?? []) as ServiceId[])),
        weight: list[0].rule.priority,
      };
    }),
    edges,
  );
  const ordered = [...items.values()].sort(
    (a, b) =>
      (layout.position.get(a.service) ?? Number.MAX_SAFE_INTEGER) - (layout.position.get(b.service) ?? Number.MAX_SAFE_INTEGER) ||
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
      (a.service < b.service ? -1 : a.service > b.service ? 1 : 0),
  );

  for (const item of ordered) {
    const { lifecycle } = catalogEntry(item.service);
    if (LIFECYCLE_WARNED.has(lifecycle.status) && lifecycle.note) addWarning('retired-service', lifecycle.note, item.rules);
  }

  const rejected: Rejected[] = [...rejections].map(([service, list]) => ({
    service,
    reason: list[0].reason,
    rules: unique(list.map((r) => r.rule.id)),
  }));

  const missing: Missing[] = [];
  for (const rule of fired) {
    for (const ask of rule.event.params.ask ?? []) {
      if (readPath(workload, ask.field) !== undefined || missing.some((m) => m.field === ask.field)) continue;
      missing.push({ field: ask.field, why: ask.why });
    }
  }
  missing.sort((a, b) => (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0));

  return {
    workload: workload.name ?? 'unnamed-workload',
    rulesVersion,
    recommendations: ordered,
    pipeline: layout.stages,
    warnings,
    rejected,
    missing,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
