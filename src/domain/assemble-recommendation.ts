import type { RecommendPlan, RulePlan } from './advice-plan.js';
import { catalogEntry } from './catalog.js';
import { layoutPipeline, type PipelineEdge, type PipelineNode } from './pipeline.js';
import type {
  Missing,
  Recommendation,
  RecommendationItem,
  RecommendationWarning,
  Rejected,
} from './recommendation-schema.js';
import { type Confidence, ROLES, SERVICE_IDS, type ServiceId } from './service-ids.js';
import type { Configuration } from './sizing/index.js';
import { readPath, WORKLOAD_FIELDS } from './workload-fields.js';
import type { Workload } from './workload-schema.js';

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };
const FIELD_ORDER = new Map([...WORKLOAD_FIELDS.keys()].map((path, index) => [path, index]));
const LIFECYCLE_WARNED = new Set(['renamed', 'retired']);
const SERVICE_COUNT = SERVICE_IDS.length;
const ROLE_RANK = Object.fromEntries(ROLES.map((role, index) => [role, index])) as Record<(typeof ROLES)[number], number>;

interface Contribution {
  plan: RulePlan;
  advice: RecommendPlan;
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
export function assembleRecommendation(workload: Workload, fired: readonly RulePlan[], rulesVersion: string): Recommendation {
  // Indexed by catalog position; `seen` keeps first-contribution order, which
  // is rule-set order, so the output is the same whatever Map or Set would do.
  const contributions: Array<Contribution[] | undefined> = new Array(SERVICE_COUNT);
  const rejections: Array<Array<{ plan: RulePlan; reason: string }> | undefined> = new Array(SERVICE_COUNT);
  const seen: number[] = [];
  const rejectedOrder: number[] = [];
  for (const plan of fired) {
    for (const advice of plan.recommend) {
      const list = contributions[advice.serviceIndex];
      if (list) list.push({ plan, advice });
      else {
        contributions[advice.serviceIndex] = [{ plan, advice }];
        seen.push(advice.serviceIndex);
      }
    }
    for (const item of plan.reject) {
      const list = rejections[item.serviceIndex];
      const entry = { plan, reason: item.reason(workload) };
      if (list) list.push(entry);
      else {
        rejections[item.serviceIndex] = [entry];
        rejectedOrder.push(item.serviceIndex);
      }
    }
  }

  // Both lists are in rule-set order, so element 0 carries the highest priority.
  const chosen: number[] = [];
  const recommended = new Set<ServiceId>();
  for (const index of seen) {
    const list = contributions[index] as Contribution[];
    const rejectedBy = rejections[index];
    if (rejectedBy && rejectedBy[0].plan.priority >= list[0].plan.priority) continue;
    rejections[index] = undefined;
    chosen.push(index);
    recommended.add(SERVICE_IDS[index]);
  }

  const warnings: RecommendationWarning[] = [];
  const addWarning = (code: string, message: string, rules: readonly string[]) => {
    for (const warning of warnings) {
      if (warning.code === code && warning.message === message) {
        for (const id of rules) if (!warning.rules.includes(id)) warning.rules.push(id);
        return;
      }
    }
    warnings.push({ code, message, rules: [...rules] });
  };
  for (const plan of fired) for (const item of plan.warn) addWarning(item.code, item.message(workload), [plan.id]);

  const items: RecommendationItem[] = [];
  const nodes: PipelineNode[] = [];
  const edges: PipelineEdge[] = [];
  for (const index of chosen) {
    const list = contributions[index] as Contribution[];
    const first = list[0].advice;
    const service = first.service;
    const rules: string[] = [];
    const cards: string[] = [];
    const rationale: string[] = [];
    const sizings: RecommendPlan['sizing'][] = [];
    const runsOn: ServiceId[] = [];
    let confidence: Confidence = 'low';
    for (const { plan, advice } of list) {
      if (!rules.includes(plan.id)) rules.push(plan.id);
      for (const card of plan.cards) if (!cards.includes(card)) cards.push(card);
      for (const sentence of advice.rationale) {
        const text = sentence(workload);
        if (!rationale.includes(text)) rationale.push(text);
      }
      if (advice.sizing && !sizings.some((s) => s?.name === advice.sizing?.name)) sizings.push(advice.sizing);
      if (CONFIDENCE_RANK[advice.confidence] > CONFIDENCE_RANK[confidence]) confidence = advice.confidence;
      for (const host of advice.runsOn) if (!runsOn.includes(host)) runsOn.push(host);
      for (const to of advice.flowsTo) edges.push({ from: service, to, priority: plan.priority });
    }

    const configuration: Configuration = {};
    for (const sizing of sizings) {
      const sized = (sizing as NonNullable<RecommendPlan['sizing']>).size({ workload, recommended });
      Object.assign(configuration, sized.configuration);
      for (const sentence of sized.rationale) if (!rationale.includes(sentence)) rationale.push(sentence);
      for (const warning of sized.warnings) addWarning(warning.code, warning.message, rules);
    }
    for (const { advice } of list) {
      for (const [key, value] of advice.configuration) if (!Object.hasOwn(configuration, key)) configuration[key] = value;
    }

    const alternatives: RecommendationItem['alternatives'] = [];
    for (const { advice } of list) {
      for (const alternative of advice.alternatives) {
        const id = alternative.service;
        if (id === service || recommended.has(id) || alternatives.some((a) => a.service === id)) continue;
        alternatives.push({ service: id, whyNot: alternative.whyNot(workload) });
      }
    }

    items.push({
      service,
      name: first.entry.name,
      role: first.role,
      confidence,
      rationale,
      rules,
      cards,
      configuration,
      alternatives,
    });
    nodes.push({ service, role: first.role, runsOn, weight: list[0].plan.priority });
  }

  const layout = layoutPipeline(nodes, edges);
  const last = Number.MAX_SAFE_INTEGER;
  items.sort(
    (a, b) =>
      (layout.position.get(a.service) ?? last) - (layout.position.get(b.service) ?? last) ||
      ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
      (a.service < b.service ? -1 : a.service > b.service ? 1 : 0),
  );

  for (const item of items) {
    const { lifecycle } = catalogEntry(item.service);
    if (LIFECYCLE_WARNED.has(lifecycle.status) && lifecycle.note) addWarning('retired-service', lifecycle.note, item.rules);
  }

  const rejected: Rejected[] = [];
  for (const index of rejectedOrder) {
    const list = rejections[index];
    if (!list) continue;
    const ids: string[] = [];
    for (const { plan } of list) if (!ids.includes(plan.id)) ids.push(plan.id);
    rejected.push({ service: SERVICE_IDS[index], reason: list[0].reason, rules: ids });
  }

  const missing: Missing[] = [];
  for (const plan of fired) {
    for (const ask of plan.ask) {
      if (readPath(workload, ask.path) !== undefined || missing.some((m) => m.field === ask.field)) continue;
      missing.push({ field: ask.field, why: ask.why });
    }
  }
  missing.sort((a, b) => (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0));

  return {
    workload: workload.name ?? 'unnamed-workload',
    rulesVersion,
    recommendations: items,
    pipeline: layout.stages,
    warnings,
    rejected,
    missing,
  };
}
