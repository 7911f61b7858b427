import type { Confidence, Role, ServiceId } from '../catalog/service-ids.js';
import type { Candidate, FiredRule } from './outline.js';
import type { ForbidPlan, PreferPlan, RecommendPlan, RulePlan } from './plan.js';
import { type CompiledTemplate, joinTemplates } from './template.js';

/** A policy of a fired rule, for its flow (undefined: the whole workload). */
interface Fired<Item> {
  plan: RulePlan;
  item: Item;
  flow: number | undefined;
}

/** A service the organisation's policy took out of a job, with its reason and the policy rules. */
export interface PolicyRejection {
  service: ServiceId;
  role: Role;
  reason: CompiledTemplate;
  rules: string[];
}

/** What the organisation's policies did to the candidates that won their jobs. */
export interface PolicyOutcome {
  /** The candidates after policies: forbidden or less-preferred services replaced by the next choice, or gone. */
  candidates: Candidate[];
  rejected: PolicyRejection[];
  /** Jobs a forbidden service leaves with no allowed service to take them. */
  warnings: Array<{ code: string; message: CompiledTemplate; rules: string[] }>;
  /** Each replaced service and what replaced it first, so hand-offs to it reach its successor. */
  replacedBy: ReadonlyMap<ServiceId, ServiceId>;
  /** Is the service forbidden for this job anywhere in the answer (so it is offered as no alternative)? */
  forbids(service: ServiceId, role: Role): boolean;
}

/** The warning code when a forbidden service's job has no allowed service left. */
export const NO_ALLOWED_SERVICE = 'no-allowed-service';

const applies = (policy: Fired<{ role: Role | undefined }>, role: Role, flow: number | undefined) =>
  (policy.item.role === undefined || policy.item.role === role) && (policy.flow === undefined || policy.flow === flow);

const capped = (confidence: Confidence): Confidence => (confidence === 'high' ? 'medium' : confidence);

function byService<Item>(list: ReadonlyArray<Fired<Item>>, key: (item: Item) => ServiceId) {
  const map = new Map<ServiceId, Array<Fired<Item>>>();
  for (const entry of list) {
    const known = map.get(key(entry.item));
    if (known) known.push(entry);
    else map.set(key(entry.item), [entry]);
  }
  return map;
}

/** The candidate's job given to another service: its hand-offs and dependencies kept, its own sizing and hosts not. */
function substitute(candidate: Candidate, service: ServiceId, entry: RecommendPlan['entry'], rationale: CompiledTemplate[], policies: readonly RulePlan[]): Candidate {
  const { advice } = candidate;
  return {
    plan: candidate.plan,
    flow: candidate.flow,
    policies,
    advice: {
      ...advice,
      service,
      entry,
      confidence: capped(advice.confidence),
      rationale,
      configuration: [],
      sizing: undefined,
      alternatives: advice.alternatives.filter((alternative) => alternative.service !== service),
      runsOn: [],
    },
  };
}

/** The policies that fired, indexed for the candidates to look up. */
interface Policies {
  banOf(service: ServiceId, role: Role, flow: number | undefined): Fired<ForbidPlan> | undefined;
  preferenceFor(candidate: Candidate): Fired<PreferPlan> | undefined;
  allowed(candidate: Candidate, service: ServiceId): boolean;
}

/** What applying the policies gathers, candidate by candidate. */
interface Gathered {
  candidates: Candidate[];
  rejected: Map<string, PolicyRejection>;
  warnings: Map<string, PolicyOutcome['warnings'][number]>;
  replacedBy: Map<ServiceId, ServiceId>;
}

/** One candidate under the policies: kept, replaced by its next choice, or taken out with a warning. */
function place(candidate: Candidate, policies: Policies, into: Gathered): void {
  const { service, role } = candidate.advice;
  const ban = policies.banOf(service, role, candidate.flow);
  const preference = policies.preferenceFor(candidate);
  if (!ban && !preference) {
    into.candidates.push(candidate);
    return;
  }
  // One rule may both forbid the service and name its replacement: it is cited once.
  const applied = [...new Set([...(ban ? [ban.plan] : []), ...(preference ? [preference.plan] : [])])];
  const next = preference ? preferred(candidate, preference, applied) : fallback(candidate, ban as Fired<ForbidPlan>, policies.allowed);
  const rules = applied.map((plan) => plan.id);
  const key = `${service}:${role}`;
  const known = into.rejected.get(key);
  if (known) {
    for (const id of rules) if (!known.rules.includes(id)) known.rules.push(id);
  } else {
    // A ban's reason outranks a preference's: the service is not merely second best here.
    into.rejected.set(key, { service, role, reason: (ban ?? (preference as Fired<PreferPlan>)).item.reason, rules });
  }
  if (next) {
    into.candidates.push(next);
    if (!into.replacedBy.has(service)) into.replacedBy.set(service, next.advice.service);
  } else if (!into.warnings.has(key)) {
    const message = `The organisation forbids ${candidate.advice.entry.name} for the ${role} job, and the rule ${candidate.plan.id} names no allowed service to take it: choose one your platform supports.`;
    into.warnings.set(key, { code: NO_ALLOWED_SERVICE, message: joinTemplates([message]), rules: [...rules, candidate.plan.id] });
  }
}

/**
 * Applies the organisation's `forbid` and `prefer` policies to the
 * candidates that won their jobs by priority. Policies outrank every
 * priority. A preferred service takes the job of the one it is preferred
 * over, when it is itself allowed there; a forbidden service's job falls to
 * what the organisation prefers over it, else to the first allowed
 * alternative its rule named, else to nothing (with a warning). Services
 * taken out are listed with the organisation's reason.
 *
 * @example
 * applyPolicies(fired, surviving, refused).candidates.map((candidate) => candidate.advice.service);
 */
export function applyPolicies(fired: readonly FiredRule[], surviving: readonly Candidate[], refused: (candidate: Candidate) => boolean): PolicyOutcome {
  const forbidList: Array<Fired<ForbidPlan>> = [];
  const preferList: Array<Fired<PreferPlan>> = [];
  for (const { plan, flow } of fired) {
    for (const item of plan.forbid) forbidList.push({ plan, item, flow });
    for (const item of plan.prefer) preferList.push({ plan, item, flow });
  }
  const forbids = byService(forbidList, (item) => item.service);
  // Each forbidden service and job once (`*`: every job), so each alternative is checked in constant time.
  const jobs = new Set(forbidList.map(({ item }) => `${item.service}|${item.role ?? '*'}`));
  const isForbidden = (service: ServiceId, role: Role) => jobs.has(`${service}|*`) || jobs.has(`${service}|${role}`);
  if (forbidList.length === 0 && preferList.length === 0) return { candidates: [...surviving], rejected: [], warnings: [], replacedBy: new Map(), forbids: isForbidden };

  const prefers = byService(preferList, (item) => item.over);
  const banOf: Policies['banOf'] = (service, role, flow) => forbids.get(service)?.find((ban) => applies(ban, role, flow));
  const allowed: Policies['allowed'] = (candidate, service) =>
    !banOf(service, candidate.advice.role, candidate.flow) && !refused({ ...candidate, advice: { ...candidate.advice, service } });
  const preferenceFor: Policies['preferenceFor'] = (candidate) =>
    prefers.get(candidate.advice.service)?.find((prefer) => applies(prefer, candidate.advice.role, candidate.flow) && allowed(candidate, prefer.item.service));
  const into: Gathered = { candidates: [], rejected: new Map(), warnings: new Map(), replacedBy: new Map() };
  for (const candidate of surviving) place(candidate, { banOf, preferenceFor, allowed }, into);
  return { candidates: into.candidates, rejected: [...into.rejected.values()], warnings: [...into.warnings.values()], replacedBy: into.replacedBy, forbids: isForbidden };
}

/** The preferred service in the candidate's place, saying why. */
function preferred(candidate: Candidate, preference: Fired<PreferPlan>, applied: readonly RulePlan[]): Candidate {
  const { item } = preference;
  const rationale = [joinTemplates([`Preferred over ${candidate.advice.entry.name} for this job by the organisation: `, item.reason])];
  return substitute(candidate, item.service, item.entry, rationale, applied);
}

/** The first allowed alternative the candidate's rule named, in its place; undefined when none is allowed. */
function fallback(candidate: Candidate, ban: Fired<ForbidPlan>, allowed: (candidate: Candidate, service: ServiceId) => boolean): Candidate | undefined {
  const next = candidate.advice.alternatives.find((alternative) => allowed(candidate, alternative.service));
  if (!next) return undefined;
  const rationale = [
    joinTemplates([`${candidate.advice.entry.name} would take this job, but the organisation forbids it: `, ban.item.reason]),
    joinTemplates([`${next.entry.name} is the next choice the rule names for it; what it gives up: `, next.whyNot]),
  ];
  return substitute(candidate, next.service, next.entry, rationale, [ban.plan]);
}
