import type { RecommendPlan, RulePlan } from './plan.js';
import { catalogEntry } from '../catalog/services.js';
import { layoutPipeline, type PipelineEdge, type PipelineNode } from './pipeline.js';
import type { CompiledTemplate } from './template.js';
import type {
  Missing,
  PipelineStage,
  Recommendation,
  RecommendationItem,
  RecommendationWarning,
  Rejected,
} from './schema.js';
import { type Confidence, ROLES, type Role, SERVICE_IDS, type ServiceId } from '../catalog/service-ids.js';
import type { Configuration } from '../sizing/index.js';
import { readPath, WORKLOAD_FIELDS } from '../workload/fields.js';
import type { Workload } from '../workload/schema.js';

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };
const FIELD_ORDER = new Map([...WORKLOAD_FIELDS.keys()].map((path, index) => [path, index]));
const LIFECYCLE_WARNED = new Set(['renamed', 'retired']);
const SERVICE_COUNT = SERVICE_IDS.length;
const ROLE_RANK = Object.fromEntries(ROLES.map((role, index) => [role, index])) as Record<Role, number>;

/** One recommended service, with everything about it that does not depend on the workload's figures. */
export interface ItemOutline {
  service: ServiceId;
  name: string;
  role: Role;
  confidence: Confidence;
  rules: readonly string[];
  cards: readonly string[];
  rationale: readonly CompiledTemplate[];
  sizings: ReadonlyArray<NonNullable<RecommendPlan['sizing']>>;
  configuration: ReadonlyArray<readonly [string, Configuration[string]]>;
  alternatives: ReadonlyArray<{ service: ServiceId; whyNot: CompiledTemplate }>;
  /** Nothing in it reads the workload: no sizing, and every sentence is fixed text. */
  fixed: boolean;
}

/**
 * The shape of an answer, decided by which rules fired and nothing else:
 * which services win, their order, the pipeline, who cites what. Only the
 * sentences and the sizing read the workload's values.
 */
export interface AnswerOutline {
  /** In the order conflicts were resolved, which is the order sizing runs (and warns) in. */
  items: readonly ItemOutline[];
  /** `items` indices in answer order (pipeline position, then role, then id). */
  order: readonly number[];
  recommended: ReadonlySet<ServiceId>;
  stages: readonly PipelineStage[];
  warnings: ReadonlyArray<{ code: string; message: CompiledTemplate; rules: readonly string[] }>;
  /** Renamed or retired services, in answer order, warned about after everything else. */
  lifecycle: ReadonlyArray<{ note: string; rules: readonly string[] }>;
  rejected: ReadonlyArray<{ service: ServiceId; reason: CompiledTemplate; rules: readonly string[] }>;
  /** Questions the rules ask, in answer order: by workload field, then in rule-set order. */
  asks: ReadonlyArray<RulePlan['ask'][number]>;
}

interface Contribution {
  plan: RulePlan;
  advice: RecommendPlan;
}

const isFixed = (template: CompiledTemplate) => template.constant !== undefined;

/** A list without repeats, in first-seen order; the set keeps adding linear however many rules fire. */
class OrderedSet<T> {
  readonly items: T[] = [];
  readonly #seen = new Set<T>();
  add(value: T): void {
    if (this.#seen.has(value)) return;
    this.#seen.add(value);
    this.items.push(value);
  }
  has(value: T): boolean {
    return this.#seen.has(value);
  }
}

/**
 * Works out an answer's outline from the rules that fired: resolves
 * conflicts by priority, merges what several rules say about one service,
 * lays out the pipeline and lists warnings, rejections and open questions.
 *
 * `fired` must be in rule-set order (priority high to low, then id), which
 * both evaluators guarantee; nothing here depends on file order.
 *
 * Conflict policy: when one rule recommends a service and another rejects it,
 * the higher priority wins; on a tie the rejection wins, the cautious answer.
 */
export function outlineAnswer(fired: readonly RulePlan[]): AnswerOutline {
  // Indexed by catalog position; `seen` keeps first-contribution order, which
  // is rule-set order, so the output is the same whatever Map or Set would do.
  const contributions: Array<Contribution[] | undefined> = new Array(SERVICE_COUNT);
  const rejections: Array<RulePlan[] | undefined> = new Array(SERVICE_COUNT);
  const reasons: Array<CompiledTemplate | undefined> = new Array(SERVICE_COUNT);
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
      if (list) list.push(plan);
      else {
        rejections[item.serviceIndex] = [plan];
        reasons[item.serviceIndex] = item.reason;
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
    if (rejectedBy && rejectedBy[0].priority >= list[0].plan.priority) continue;
    rejections[index] = undefined;
    chosen.push(index);
    recommended.add(SERVICE_IDS[index]);
  }

  const items: ItemOutline[] = [];
  const nodes: PipelineNode[] = [];
  const edges: PipelineEdge[] = [];
  for (const index of chosen) {
    const list = contributions[index] as Contribution[];
    const first = list[0].advice;
    const service = first.service;
    const rules = new OrderedSet<string>();
    const cards = new OrderedSet<string>();
    const rationaleSet = new OrderedSet<CompiledTemplate>();
    const sizings: Array<NonNullable<RecommendPlan['sizing']>> = [];
    const configuration: Array<readonly [string, Configuration[string]]> = [];
    const alternatives: Array<{ service: ServiceId; whyNot: CompiledTemplate }> = [];
    const alternativeIds = new Set<ServiceId>([service]);
    const runsOnSet = new OrderedSet<ServiceId>();
    let confidence: Confidence = 'low';
    for (const { plan, advice } of list) {
      rules.add(plan.id);
      for (const card of plan.cards) cards.add(card);
      for (const sentence of advice.rationale) rationaleSet.add(sentence);
      if (advice.sizing && !sizings.some((s) => s.name === advice.sizing?.name)) sizings.push(advice.sizing);
      if (CONFIDENCE_RANK[advice.confidence] > CONFIDENCE_RANK[confidence]) confidence = advice.confidence;
      for (const host of advice.runsOn) runsOnSet.add(host);
      for (const to of advice.flowsTo) edges.push({ from: service, to, priority: plan.priority });
      for (const entry of advice.configuration) configuration.push(entry);
      for (const alternative of advice.alternatives) {
        const id = alternative.service;
        if (recommended.has(id) || alternativeIds.has(id)) continue;
        alternativeIds.add(id);
        alternatives.push(alternative);
      }
    }
    const rationale = rationaleSet.items;
    const runsOn = runsOnSet.items;
    const fixed = sizings.length === 0 && rationale.every(isFixed) && alternatives.every((alternative) => isFixed(alternative.whyNot));
    items.push({ service, name: first.entry.name, role: first.role, confidence, rules: rules.items, cards: cards.items, rationale, sizings, configuration, alternatives, fixed });
    nodes.push({ service, role: first.role, runsOn, weight: list[0].plan.priority });
  }

  const layout = layoutPipeline(nodes, edges);
  const last = Number.MAX_SAFE_INTEGER;
  const order = items
    .map((_, index) => index)
    .sort((x, y) => {
      const a = items[x];
      const b = items[y];
      return (
        (layout.position.get(a.service) ?? last) - (layout.position.get(b.service) ?? last) ||
        ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
        (a.service < b.service ? -1 : a.service > b.service ? 1 : 0)
      );
    });

  const lifecycle: Array<{ note: string; rules: readonly string[] }> = [];
  for (const index of order) {
    const { lifecycle: status } = catalogEntry(items[index].service);
    if (LIFECYCLE_WARNED.has(status.status) && status.note) lifecycle.push({ note: status.note, rules: items[index].rules });
  }

  const rejected: Array<{ service: ServiceId; reason: CompiledTemplate; rules: readonly string[] }> = [];
  for (const index of rejectedOrder) {
    const list = rejections[index];
    if (!list) continue;
    const ids = new OrderedSet<string>();
    for (const plan of list) ids.add(plan.id);
    rejected.push({ service: SERVICE_IDS[index], reason: reasons[index] as CompiledTemplate, rules: ids.items });
  }

  return {
    items,
    order,
    recommended,
    stages: layout.stages,
    warnings: fired.flatMap((plan) => plan.warn.map((item) => ({ code: item.code, message: item.message, rules: [plan.id] }))),
    lifecycle,
    rejected,
    // A stable sort: for each field the first rule to ask still asks first.
    asks: fired.flatMap((plan) => plan.ask).sort((a, b) => (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0)),
  };
}

/** An outline item's workload-dependent parts. */
export interface FilledItem {
  rationale: string[];
  configuration: Configuration;
  /** `whyNot` of each of the outline item's alternatives, in order. */
  whyNot: string[];
}

/** Everything in an answer that depends on the workload's values, in outline order. */
export interface FilledParts {
  /** Indexed like `outline.items`; undefined for a fixed item that was skipped. */
  items: Array<FilledItem | undefined>;
  warnings: RecommendationWarning[];
  /** Indexed like `outline.rejected`. */
  reasons: string[];
  missing: Missing[];
}

type AddWarning = (code: string, message: string, rules: readonly string[]) => void;

/** One item's sentences, sizing and alternatives for a workload; the sizing's warnings go to `addWarning`. */
export function fillItem(item: ItemOutline, workload: Workload, recommended: ReadonlySet<ServiceId>, addWarning: AddWarning): FilledItem {
  const sentences = new OrderedSet<string>();
  for (const sentence of item.rationale) sentences.add(sentence(workload));
  const configuration: Configuration = {};
  for (const sizing of item.sizings) {
    const sized = sizing.size({ workload, recommended });
    Object.assign(configuration, sized.configuration);
    for (const sentence of sized.rationale) sentences.add(sentence);
    for (const warning of sized.warnings) addWarning(warning.code, warning.message, item.rules);
  }
  for (const [key, value] of item.configuration) if (!Object.hasOwn(configuration, key)) configuration[key] = value;
  const whyNot: string[] = [];
  for (const alternative of item.alternatives) whyNot.push(alternative.whyNot(workload));
  return { rationale: sentences.items, configuration, whyNot };
}

/**
 * Works out what an outline leaves open for one workload: the sentences,
 * the sizing, the warnings and the questions still open. Every array is new.
 * With `skipFixed`, items that read nothing of the workload are left
 * undefined, for a caller that has them already.
 */
export function fillParts(outline: AnswerOutline, workload: Workload, skipFixed = false): FilledParts {
  const warnings: RecommendationWarning[] = [];
  const byText = new Map<string, { warning: RecommendationWarning; rules: OrderedSet<string> }>();
  const addWarning: AddWarning = (code, message, rules) => {
    const key = `${code}\n${message}`;
    let known = byText.get(key);
    if (!known) {
      known = { warning: { code, message, rules: [] }, rules: new OrderedSet<string>() };
      byText.set(key, known);
      warnings.push(known.warning);
    }
    for (const id of rules) known.rules.add(id);
    known.warning.rules = known.rules.items;
  };
  for (const warning of outline.warnings) addWarning(warning.code, warning.message(workload), warning.rules);

  const items: Array<FilledItem | undefined> = [];
  for (const item of outline.items) items.push(skipFixed && item.fixed ? undefined : fillItem(item, workload, outline.recommended, addWarning));
  for (const { note, rules } of outline.lifecycle) addWarning('retired-service', note, rules);

  const missing: Missing[] = [];
  const asked = new Set<string>();
  for (const ask of outline.asks) {
    if (readPath(workload, ask.path) !== undefined || asked.has(ask.field)) continue;
    asked.add(ask.field);
    missing.push({ field: ask.field, why: ask.why });
  }

  const reasons: string[] = [];
  for (const item of outline.rejected) reasons.push(item.reason(workload));
  return { items, warnings, reasons, missing };
}

/** The answer's `workload`: its name, or a stand-in. */
export const answerName = (workload: Workload): string => workload.name ?? 'unnamed-workload';

/**
 * Fills an outline with one workload's values ({@link fillParts}) into the
 * answer. Every array in the answer is new, so a caller may change its
 * answer without touching the outline or other answers.
 */
export function fillOutline(outline: AnswerOutline, workload: Workload, rulesVersion: string): Recommendation {
  const parts = fillParts(outline, workload);
  return {
    workload: answerName(workload),
    rulesVersion,
    recommendations: outline.order.map((index): RecommendationItem => {
      const item = outline.items[index];
      const filled = parts.items[index] as FilledItem;
      return {
        service: item.service,
        name: item.name,
        role: item.role,
        confidence: item.confidence,
        rationale: filled.rationale,
        rules: [...item.rules],
        cards: [...item.cards],
        configuration: filled.configuration,
        alternatives: item.alternatives.map((alternative, n) => ({ service: alternative.service, whyNot: filled.whyNot[n] })),
      };
    }),
    pipeline: outline.stages.map((stage) => ({ stage: stage.stage, services: [...stage.services] })),
    warnings: parts.warnings,
    rejected: outline.rejected.map((item, n): Rejected => ({ service: item.service, reason: parts.reasons[n], rules: [...item.rules] })),
    missing: parts.missing,
  };
}

/**
 * Turns the rules that fired into the answer: {@link outlineAnswer}, then
 * {@link fillOutline}.
 *
 * @example
 * assembleRecommendation(workload, firedPlans, ruleSet.version).recommendations[0].service;
 */
export function assembleRecommendation(workload: Workload, fired: readonly RulePlan[], rulesVersion: string): Recommendation {
  return fillOutline(outlineAnswer(fired), workload, rulesVersion);
}

/** How many outlines an assembler keeps; distinct sets of fired rules are few in practice. */
const MAX_OUTLINES = 1024;

/**
 * Remembers the outline of each set of fired rules it has seen (up to
 * {@link MAX_OUTLINES}, then it starts over), so that a workload like an
 * earlier one, whatever its figures and name, only has its sentences and
 * sizing worked out. Rules are identified by their position in the rule set
 * (`RulePlan.ordinal`).
 *
 * @example
 * const outlines = createOutlineCache();
 * fillOutline(outlines(firedPlans), workload, ruleSet.version);
 */
export function createOutlineCache(): (fired: readonly RulePlan[]) => AnswerOutline {
  // A trie on rule ordinals: finding an outline walks small integer keys
  // instead of building and hashing a string per answer.
  let root: OutlineNode = new Map();
  let size = 0;
  return (fired) => {
    if (size >= MAX_OUTLINES) {
      root = new Map();
      size = 0;
    }
    let node = root;
    for (const plan of fired) {
      let child = node.get(plan.ordinal);
      if (!child) {
        child = new Map();
        node.set(plan.ordinal, child);
      }
      node = child;
    }
    if (!node.outline) {
      node.outline = outlineAnswer(fired);
      size++;
    }
    return node.outline;
  };
}

/**
 * {@link assembleRecommendation} over a {@link createOutlineCache}.
 *
 * @example
 * const assemble = createAssembler();
 * assemble(workload, firedPlans, ruleSet.version);
 */
export function createAssembler(): typeof assembleRecommendation {
  const outlines = createOutlineCache();
  return (workload, fired, rulesVersion) => fillOutline(outlines(fired), workload, rulesVersion);
}

type OutlineNode = Map<number, OutlineNode> & { outline?: AnswerOutline };
