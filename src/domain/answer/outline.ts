import type { CatalogEntry } from '../catalog/schema.js';
import { type Confidence, ROLES, type Role, type ServiceId } from '../catalog/service-ids.js';
import type { Flow } from '../facts/flows.js';
import type { Configuration } from '../sizing/index.js';
import { WORKLOAD_FIELDS } from '../workload/fields.js';
import { layoutPipeline, type PipelineEdge, type PipelineNode } from './pipeline.js';
import { applyPolicies, type PolicyOutcome, type PolicyRejection } from './policies.js';
import type { RecommendPlan, RejectPlan, RulePlan, WarnPlan } from './plan.js';
import type { PipelineStage } from './schema.js';
import type { CompiledTemplate } from './template.js';

/** A rule that fired, and the flow it fired for (undefined: a rule about the whole workload). */
export interface FiredRule {
  plan: RulePlan;
  flow: number | undefined;
}

/** One recommendation a fired rule makes, for its flow. */
export interface Candidate {
  plan: RulePlan;
  advice: RecommendPlan;
  flow: number | undefined;
  /** The organisation's policy rules that gave this job to this service instead of the one the rule named. */
  policies?: readonly RulePlan[];
}

/** One recommended service, with everything about it that does not depend on the workload's figures. */
export interface ItemOutline {
  service: ServiceId;
  entry: CatalogEntry;
  name: string;
  role: Role;
  /** The recommendations that survived, highest priority first: their confidence, sizing and sentences. */
  candidates: readonly Candidate[];
  rules: readonly string[];
  cards: readonly string[];
  rationale: readonly CompiledTemplate[];
  sizings: ReadonlyArray<NonNullable<RecommendPlan['sizing']>>;
  configuration: ReadonlyArray<readonly [string, Configuration[string]]>;
  alternatives: ReadonlyArray<{ service: ServiceId; whyNot: CompiledTemplate }>;
  /** The flows this service serves (indices into the workload's flows). */
  flows: readonly number[];
}

/** A service turned down for one job, with the reason of the highest-priority rule. */
export interface RejectedOutline {
  service: ServiceId;
  role: Role;
  reason: CompiledTemplate;
  rules: readonly string[];
}

/**
 * The shape of an answer, decided by which rules fired for which flow and
 * nothing else: which services win each job, their order, the pipeline, who
 * cites what. Only the sentences, the sizing and the confidence read the
 * workload's values.
 */
export interface AnswerOutline {
  items: readonly ItemOutline[];
  /** `items` indices in answer order (pipeline position, then role, then id). */
  order: readonly number[];
  recommended: ReadonlySet<ServiceId>;
  stages: readonly PipelineStage[];
  /** Each flow's services in data-flow order. */
  paths: ReadonlyArray<readonly ServiceId[]>;
  warnings: ReadonlyArray<{ code: string; message: CompiledTemplate; rules: readonly string[] }>;
  rejected: readonly RejectedOutline[];
  /** Questions the rules ask, in answer order: by workload field, then in rule-set order. */
  asks: ReadonlyArray<RulePlan['ask'][number]>;
}

const FIELD_ORDER = new Map([...WORKLOAD_FIELDS.keys()].map((path, index) => [path, index]));
const ROLE_RANK = Object.fromEntries(ROLES.map((role, index) => [role, index])) as Record<Role, number>;

/** A list without repeats, in first-seen order; the set keeps adding linear however many rules fire. */
export class OrderedSet<T> {
  readonly items: T[] = [];
  readonly #seen = new Set<T>();
  add(value: T): void {
    if (this.#seen.has(value)) return;
    this.#seen.add(value);
    this.items.push(value);
  }
}

/** Does a refusal speak to this candidate's job: the same service and role, for the same flow or the whole workload? */
const blocks = (refusal: { item: RejectPlan; flow: number | undefined }, candidate: Candidate) =>
  refusal.item.service === candidate.advice.service &&
  (refusal.item.role === undefined || refusal.item.role === candidate.advice.role) &&
  (refusal.flow === undefined || refusal.flow === candidate.flow);

/**
 * The candidates that win their job: a rejection of the same service for the
 * same job (same flow, or the whole workload) at an equal or higher priority
 * removes a candidate; priority never reaches across jobs or flows. Then the
 * organisation's forbid and prefer policies replace what they name (see
 * `applyPolicies`). Advice that assumes a service no other rule of the answer
 * recommends falls too, until nothing changes.
 */
function resolveCandidates(fired: readonly FiredRule[]) {
  const all: Candidate[] = [];
  const refusals: Array<{ plan: RulePlan; item: RejectPlan; flow: number | undefined }> = [];
  for (const { plan, flow } of fired) {
    for (const advice of plan.recommend) all.push({ plan, advice, flow });
    for (const item of plan.reject) refusals.push({ plan, item, flow });
  }
  // The highest refusing priority per job key, so each candidate is checked in constant time.
  const strongest = new Map<string, number>();
  for (const { plan, item, flow } of refusals) {
    const key = `${item.service}|${item.role ?? '*'}|${flow ?? '*'}`;
    strongest.set(key, Math.max(strongest.get(key) ?? 0, plan.priority));
  }
  const refused = ({ advice, flow, plan }: Candidate) =>
    [advice.role, '*'].some((role) => [flow ?? '*', '*'].some((scope) => (strongest.get(`${advice.service}|${role}|${scope}`) ?? 0) >= plan.priority));
  // The organisation's policies come after priorities: no priority outranks them.
  const policies = applyPolicies(fired, all.filter((candidate) => !refused(candidate)), refused);
  let surviving = policies.candidates;
  for (let changed = true; changed; ) {
    // Each service with the rules that recommend it. Advice never stands on itself: 'Aurora Global Database' assumes Aurora chosen by another rule.
    const usedBy = new Map<ServiceId, Set<RulePlan>>();
    for (const { advice, plan } of surviving) usedBy.set(advice.service, (usedBy.get(advice.service) ?? new Set()).add(plan));
    const standsOn = (service: ServiceId, { advice, plan }: Candidate) => [...(usedBy.get(service) ?? [])].some((other) => service !== advice.service || other !== plan);
    const kept = surviving.filter((candidate) => candidate.advice.assumes.every((service) => standsOn(service, candidate)));
    changed = kept.length !== surviving.length;
    surviving = kept;
  }
  return { surviving, refusals, all, policies };
}

function outlineItem(service: ServiceId, candidates: readonly Candidate[], recommended: ReadonlySet<ServiceId>, policies: PolicyOutcome): ItemOutline {
  const rules = new OrderedSet<string>();
  const cards = new OrderedSet<string>();
  const rationale = new OrderedSet<CompiledTemplate>();
  const flows = new OrderedSet<number>();
  const sizings: Array<NonNullable<RecommendPlan['sizing']>> = [];
  const configuration: Array<readonly [string, Configuration[string]]> = [];
  const alternatives: Array<{ service: ServiceId; whyNot: CompiledTemplate }> = [];
  const named = new Set<ServiceId>([service]);
  for (const { plan, advice, flow, policies: applied } of candidates) {
    rules.add(plan.id);
    for (const policy of applied ?? []) rules.add(policy.id);
    for (const card of plan.cards) cards.add(card);
    for (const sentence of advice.rationale) rationale.add(sentence);
    if (flow !== undefined) flows.add(flow);
    if (advice.sizing && !sizings.some((s) => s.name === advice.sizing?.name)) sizings.push(advice.sizing);
    for (const entry of advice.configuration) configuration.push(entry);
    for (const alternative of advice.alternatives) {
      if (recommended.has(alternative.service) || named.has(alternative.service) || policies.forbids(alternative.service, advice.role)) continue;
      named.add(alternative.service);
      alternatives.push(alternative);
    }
  }
  const first = candidates[0].advice;
  return { service, entry: first.entry, name: first.entry.name, role: first.role, candidates, rules: rules.items, cards: cards.items, rationale: rationale.items, sizings, configuration, alternatives, flows: flows.items };
}

/**
 * One rejection per service and job, unless the service won that very job
 * elsewhere (for another flow). The organisation's policies come first: their
 * reason stands whatever the priority of the rules that also turn it down.
 */
function outlineRejections(
  refusals: ReturnType<typeof resolveCandidates>['refusals'],
  all: readonly Candidate[],
  surviving: readonly Candidate[],
  byPolicy: readonly PolicyRejection[],
): RejectedOutline[] {
  const won = new Set(surviving.map((candidate) => `${candidate.advice.service}:${candidate.advice.role}`));
  const byServiceAll = new Map<ServiceId, Candidate[]>();
  for (const candidate of all) {
    const list = byServiceAll.get(candidate.advice.service);
    if (list) list.push(candidate);
    else byServiceAll.set(candidate.advice.service, [candidate]);
  }
  const byJob = new Map<string, { service: ServiceId; role: Role; reason: CompiledTemplate; priority: number; rules: OrderedSet<string> }>();
  for (const { service, role, reason, rules } of byPolicy) {
    if (won.has(`${service}:${role}`)) continue;
    const job = { service, role, reason, priority: Number.POSITIVE_INFINITY, rules: new OrderedSet<string>() };
    for (const id of rules) job.rules.add(id);
    byJob.set(`${service}:${role}`, job);
  }
  for (const { plan, item, flow } of refusals) {
    const beaten = byServiceAll.get(item.service)?.find((candidate) => blocks({ item, flow }, candidate));
    const role = item.role ?? beaten?.advice.role ?? item.defaultRole;
    const key = `${item.service}:${role}`;
    if (won.has(key)) continue;
    const known = byJob.get(key);
    if (!known) byJob.set(key, { service: item.service, role, reason: item.reason, priority: plan.priority, rules: new OrderedSet<string>() });
    else if (plan.priority > known.priority) Object.assign(known, { reason: item.reason, priority: plan.priority });
    byJob.get(key)?.rules.add(plan.id);
  }
  return [...byJob.values()].map(({ service, role, reason, rules }) => ({ service, role, reason, rules: rules.items }));
}

/** Each flow's services: those its own rules recommended, then what they hand data to, in pipeline order. */
function flowPaths(items: readonly ItemOutline[], edges: readonly PipelineEdge[], flowCount: number, position: ReadonlyMap<ServiceId, number>) {
  const paths: ServiceId[][] = [];
  for (let flow = 0; flow < flowCount; flow++) {
    const reached = new Set(items.filter((item) => item.flows.includes(flow)).map((item) => item.service));
    for (const service of reached) for (const edge of edges) if (edge.from === service && position.has(edge.to)) reached.add(edge.to);
    paths.push([...reached].filter((service) => position.has(service)).sort((a, b) => (position.get(a) as number) - (position.get(b) as number)));
  }
  return paths;
}

/**
 * Works out an answer's outline from the rules that fired, each for its flow
 * or for the whole workload: resolves each job by priority, merges what
 * several rules say about one service, lays out the pipeline and each flow's
 * path, and lists warnings, rejections and open questions.
 *
 * `fired` must be in rule-set order (priority high to low, then id) and, for
 * one rule, in flow order; nothing here depends on file order.
 */
export function outlineAnswer(fired: readonly FiredRule[], flows: readonly Flow[]): AnswerOutline {
  const { surviving, refusals, all, policies } = resolveCandidates(fired);
  const byService = new Map<ServiceId, Candidate[]>();
  for (const candidate of surviving) {
    const list = byService.get(candidate.advice.service);
    if (list) list.push(candidate);
    else byService.set(candidate.advice.service, [candidate]);
  }
  const recommended = new Set(byService.keys());
  const items = [...byService].map(([service, candidates]) => outlineItem(service, candidates, recommended, policies));

  const nodes: PipelineNode[] = items.map((item) => ({
    service: item.service,
    role: item.role,
    runsOn: [...new Set(item.candidates.flatMap((candidate) => candidate.advice.runsOn))],
    weight: item.candidates[0].plan.priority,
  }));
  // A hand-off to a service a policy replaced reaches its successor.
  const target = (to: ServiceId) => (recommended.has(to) ? to : (policies.replacedBy.get(to) ?? to));
  const edges: PipelineEdge[] = surviving.flatMap(({ plan, advice }) => advice.flowsTo.map((to) => ({ from: advice.service, to: target(to), priority: plan.priority })));
  const layout = layoutPipeline(nodes, edges);
  const last = Number.MAX_SAFE_INTEGER;
  const order = items
    .map((_, index) => index)
    .sort(
      (x, y) =>
        (layout.position.get(items[x].service) ?? last) - (layout.position.get(items[y].service) ?? last) ||
        ROLE_RANK[items[x].role] - ROLE_RANK[items[y].role] ||
        (items[x].service < items[y].service ? -1 : 1),
    );

  const warnings = [
    ...fired.flatMap(({ plan }) =>
      plan.warn.filter((item: WarnPlan) => item.assumes.every((service) => recommended.has(service))).map((item) => ({ code: item.code, message: item.message, rules: [plan.id] })),
    ),
    ...policies.warnings,
  ];
  return {
    items,
    order,
    recommended,
    stages: layout.stages,
    paths: flowPaths(items, edges, flows.length, layout.position),
    warnings,
    rejected: outlineRejections(refusals, all, surviving, policies.rejected),
    // A stable sort: for each field the first rule to ask still asks first.
    asks: fired.flatMap(({ plan }) => plan.ask).sort((a, b) => (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0)),
  };
}

export type { Confidence };
