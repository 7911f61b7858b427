import type { Confidence, ServiceId } from '../catalog/service-ids.js';
import type { Evidence, Flow } from '../facts/flows.js';
import type { WorkloadFacts } from '../facts/read-facts.js';
import { descriptionWarnings } from '../description/describe-warnings.js';
import type { AppliedDescription } from '../description/merge-description.js';
import type { Configuration } from '../sizing/index.js';
import type { Premise } from '../sizing/premise.js';
import { listOf } from '../words/list-of.js';
import type { Workload } from '../workload/schema.js';
import { formatValue } from '../words/format-value.js';
import { unservedNeeds } from './stated-needs.js';
import { type AnswerOutline, type Candidate, type ItemOutline, OrderedSet } from './outline.js';
import type { Missing, Recommendation, RecommendationItem, RecommendationWarning } from './schema.js';

/** What filling an outline reads besides the outline: the workload, its facts and where its fields came from. */
export interface AnswerContext {
  workload: Workload;
  facts: WorkloadFacts;
  /** What the description gave, disagreed with, or whether nothing could be read from it. */
  description: Omit<AppliedDescription, 'workload'>;
  rulesVersion: string;
}

/** No description, nothing read from it. */
export const NO_DESCRIPTION: AnswerContext['description'] = { inferred: [], conflicts: [], unread: false };

/** The context as filling uses it: the fields read from the description, as a set, worked out once per answer. */
type FillContext = AnswerContext & { inferredFields: ReadonlySet<string> };

const RANK: Readonly<Record<Confidence, number>> = { low: 1, medium: 2, high: 3 };
const BY_RANK: readonly Confidence[] = ['low', 'low', 'medium', 'high'];
/** A flow read from a stated mode supports high confidence; from figures, medium; from the kind of source alone, low. */
const EVIDENCE_CAP: Readonly<Record<Evidence, number>> = { strong: 3, medium: 2, weak: 1 };

/** Lifecycle statuses that warn, and with which code: a rename is not a retirement. */
const LIFECYCLE_CODES: Readonly<Record<string, string>> = { renamed: 'renamed-service', retired: 'retired-service', restricted: 'retired-service' };

const presentCache = new WeakMap<object, ReadonlySet<string>>();

/** The dotted paths the workload gives a value (objects included), worked out once per workload. */
function presentPaths(workload: Workload): ReadonlySet<string> {
  let paths = presentCache.get(workload);
  if (!paths) {
    const found = new Set<string>();
    const walk = (value: Record<string, unknown>, prefix: string) => {
      for (const [key, child] of Object.entries(value)) {
        if (child === undefined) continue;
        const path = prefix ? `${prefix}.${key}` : key;
        found.add(path);
        if (child !== null && typeof child === 'object' && !Array.isArray(child)) walk(child as Record<string, unknown>, path);
      }
    };
    walk(workload as Record<string, unknown>, '');
    presentCache.set(workload, (paths = found));
  }
  return paths;
}

/**
 * A candidate's confidence: what its rule states, capped by how sure the
 * reading of its flow is and by whether the fields it read were given: none
 * given (it fired on what was left out) or read from prose means medium at most.
 */
function candidateConfidence(candidate: Candidate, context: FillContext): number {
  let rank = RANK[candidate.advice.confidence];
  if (candidate.flow !== undefined) rank = Math.min(rank, EVIDENCE_CAP[context.facts.flows[candidate.flow].evidence]);
  // A rule that reads only its flow stands on the fields the flow was read from.
  const reads =
    candidate.plan.readsFields.length === 0 && candidate.flow !== undefined ? context.facts.flows[candidate.flow].readFrom : candidate.plan.readsFields;
  const present = presentPaths(context.workload);
  const given = reads.filter((path) => present.has(path));
  if (given.length === 0 || given.some((path) => context.inferredFields.has(path))) rank = Math.min(rank, RANK.medium);
  return rank;
}

type AddWarning = (code: string, message: string, rules: readonly string[]) => void;

/** Warnings without repeats: the same code and text from several rules is one warning citing them all. */
function warningList(): { warnings: RecommendationWarning[]; add: AddWarning } {
  const warnings: RecommendationWarning[] = [];
  const byText = new Map<string, { warning: RecommendationWarning; rules: OrderedSet<string> }>();
  const add: AddWarning = (code, message, rules) => {
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
  return { warnings, add };
}

/** One item as the answer gives it: sentences, sizing, alternatives and confidence for this workload. */
type AddAsk = (ask: { field: string; why: string }) => void;

function fillItem(item: ItemOutline, outline: AnswerOutline, context: FillContext, addWarning: AddWarning, addAsk: AddAsk): RecommendationItem {
  const { workload, facts } = context;
  const sentences = new OrderedSet<string>();
  for (const sentence of item.rationale) sentences.add(sentence(workload));
  const configuration: Configuration = {};
  const premises: Premise[] = [];
  const flows = item.flows.map((index) => facts.flows[index]);
  for (const sizing of item.sizings) {
    const sized = sizing.size({ workload, recommended: outline.recommended, flows, reading: facts.reading });
    Object.assign(configuration, sized.configuration);
    for (const premise of sized.premises ?? []) if (!premises.some((known) => known.quantity === premise.quantity)) premises.push(premise);
    for (const sentence of sized.rationale) sentences.add(sentence);
    for (const warning of sized.warnings) addWarning(warning.code, warning.message, item.rules);
    for (const ask of sized.asks ?? []) addAsk(ask);
  }
  for (const [key, value] of item.configuration) if (!Object.hasOwn(configuration, key)) configuration[key] = value;
  const confidence = Math.max(...item.candidates.map((candidate) => candidateConfidence(candidate, context)));
  return {
    service: item.service,
    name: item.name,
    role: item.role,
    confidence: BY_RANK[confidence],
    rationale: sentences.items,
    rules: [...item.rules],
    cards: [...item.cards],
    configuration,
    alternatives: item.alternatives.map((alternative) => ({ service: alternative.service, whyNot: alternative.whyNot(workload) })),
    premises,
  };
}

/** The questions still open, the rules' then the sizings': each field once, only when the workload leaves it out. */
function openQuestions(outline: AnswerOutline, workload: Workload, sizingAsks: ReadonlyArray<{ field: string; why: string }>): Missing[] {
  const missing: Missing[] = [];
  const asked = new Set<string>();
  for (const ask of [...outline.asks, ...sizingAsks]) {
    if (presentPaths(workload).has(ask.field) || asked.has(ask.field)) continue;
    asked.add(ask.field);
    missing.push({ field: ask.field, why: ask.why });
  }
  return missing;
}

/** Why a named source has no path yet, and what would give it one. */
function unplacedMessage(flow: Flow, workload: Workload): string {
  const asks = [
    ...(flow.arrival === 'unknown' ? ['how it arrives (ingestion.mode)'] : []),
    ...(workload.destinations?.length || workload.migration?.target ? [] : ['where it must land (destinations)']),
    ...(statesNeeds(workload) ? [] : ['what must happen to it (processing, analytics or ml)']),
  ];
  const from = `The data from ${formatValue([flow.source])} has no path yet`;
  if (asks.length === 0) return `${from}: none of the services recommended here reads from it, so this answer does not cover it.`;
  return `${from}: say ${listOf(asks)}.`;
}

/** True when the workload asks anything of its data: processing, analytics or ML. */
const statesNeeds = (workload: Workload): boolean =>
  [workload.processing, workload.analytics, workload.ml].some((needs) => Object.values(needs ?? {}).some((value) => value === true || (Array.isArray(value) && value.length > 0)));

/** The answer's `workload`: its name, or a stand-in. */
export const answerName = (workload: Workload): string => workload.name ?? 'unnamed-workload';

/**
 * Fills an outline with one workload's values into the answer: sentences,
 * sizing, confidence, warnings (contradictions first, lifecycle notes last)
 * and the questions still open. Every array in the answer is new.
 *
 * @example
 * fillOutline(outlineAnswer(fired, facts.flows), { workload, facts, description: NO_DESCRIPTION, rulesVersion });
 */
export function fillOutline(outline: AnswerOutline, context: AnswerContext): Recommendation {
  const { workload, facts } = context;
  const { warnings, add } = warningList();
  for (const conflict of facts.conflicts) add('conflicting-inputs', conflict.message, []);
  for (const warning of descriptionWarnings(context.description)) add(warning.code, warning.message, []);
  for (const warning of outline.warnings) add(warning.code, warning.message(workload), warning.rules);
  const filling: FillContext = { ...context, inferredFields: new Set(context.description.inferred.map((entry) => entry.field)) };
  const sizingAsks: Array<{ field: string; why: string }> = [];
  const recommendations = outline.order.map((index) => fillItem(outline.items[index], outline, filling, add, (ask) => sizingAsks.push(ask)));
  for (const index of outline.order) {
    const item = outline.items[index];
    const { status, note } = item.entry.lifecycle;
    if (note && LIFECYCLE_CODES[status]) add(LIFECYCLE_CODES[status], note, item.rules);
  }
  facts.flows.forEach((flow, index) => {
    if (flow.source !== 'unspecified' && (outline.paths[index] ?? []).length === 0) add('unplaced-source', unplacedMessage(flow, workload), []);
  });
  for (const message of unservedNeeds(workload, outline.recommended)) add('unserved-need', message, []);
  return {
    workload: answerName(workload),
    rulesVersion: context.rulesVersion,
    recommendations,
    pipeline: outline.stages.map((stage) => ({ stage: stage.stage, services: [...stage.services] })),
    flows: facts.flows.map((flow, index) => ({ source: flow.source, arrival: flow.arrival, services: [...(outline.paths[index] ?? [])] as ServiceId[] })),
    warnings,
    rejected: outline.rejected.map((item) => ({ service: item.service, role: item.role, reason: item.reason(workload), rules: [...item.rules] })),
    missing: openQuestions(outline, workload, sizingAsks),
    inferred: context.description.inferred.map((entry) => ({ ...entry, value: Array.isArray(entry.value) ? [...entry.value] : entry.value })),
  };
}
