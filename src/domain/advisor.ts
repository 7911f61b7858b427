import { addCostAndChanges } from './answer/cost-and-changes.js';
import { fillOutline } from './answer/fill.js';
import type { AppliedDescription } from './description/merge-description.js';
import { type AnswerOutline, type FiredRule, outlineAnswer } from './answer/outline.js';
import { planRuleSet, type RulePlan } from './answer/plan.js';
import type { Recommendation } from './answer/schema.js';
import type { Role, ServiceId } from './catalog/service-ids.js';
import type { WorkloadFacts } from './facts/read-facts.js';
import { whatWouldChange } from './counterfactuals/what-would-change.js';
import { compileRuleSet } from './rules/evaluate.js';
import { type LoadedRule, type LoadRulesOptions, loadRules, type RuleSet } from './rules/load.js';
import { readForRules } from './rule-facts.js';
import { parseWorkload } from './workload/parse-workload.js';
import type { Workload, WorkloadInput } from './workload/schema.js';

export { parseWorkload };
export { ruleFacts } from './rule-facts.js';

export interface AdvisorOptions extends LoadRulesOptions {
  /** A rule set already loaded; otherwise the built-in rules plus `dirs`. */
  ruleSet?: RuleSet;
  /** Price the answer: `cost` on each recommendation and `costEstimate` on the answer (true by default). */
  cost?: boolean;
  /**
   * List each recommendation's `whatWouldChange[]`, checked by answering the
   * changed workloads (true by default; cached by the answer's shape). One
   * answer may ask otherwise ({@link AnswerOptions}).
   */
  whatWouldChange?: boolean;
}

/** What one answer carries beyond the advisor's defaults. */
export interface AnswerOptions {
  /** List each recommendation's `whatWouldChange[]` in this answer (the advisor's `whatWouldChange` option when left out). */
  whatWouldChange?: boolean;
}

/** The advisor bound to one rule set: rules evaluated per flow by compiled closures, answers assembled from cached outlines. */
export interface Advisor {
  readonly ruleSet: RuleSet;
  /**
   * Validates a workload and answers with the recommendation; fields its
   * description states fill those it leaves out (listed in `inferred`).
   * Throws {@link WorkloadValidationError} naming each bad field: the type
   * guides a caller, the check still runs on what arrives (parsed JSON).
   */
  recommend(input: WorkloadInput, options?: AnswerOptions): Recommendation;
  /** The same, for a workload already checked by {@link parseWorkload}. */
  recommendValidated(workload: Workload, options?: AnswerOptions): Recommendation;
  /**
   * The answer to the rules that fired for each flow of the workload as read
   * with its description (see `applyDescription`, `readFacts`), each list in
   * rule-set order: what any evaluator's results turn into.
   */
  answerFired(workload: Workload, firedPerFlow: ReadonlyArray<readonly LoadedRule[]>): Recommendation;
  /**
   * The rules whose conditions hold for a workload already checked, for any
   * of its flows, in rule-set order: what `rules coverage` counts.
   */
  rulesFired(workload: Workload): LoadedRule[];
  /**
   * Which service the answer gives each job, for a workload already checked:
   * the answer's services, roles and rules, in answer order, without working
   * out its sentences and sizing (what checking a changed workload needs).
   */
  choices(workload: Workload): Array<{ service: ServiceId; role: Role; rules: readonly string[] }>;
}

/** How many outlines an advisor keeps; distinct shapes of answers are few in practice. */
const MAX_OUTLINES = 1024;

/**
 * Remembers the outline of each shape of answer: the flows (source, arrival,
 * content) and which rules fired for which flow. A workload like an earlier
 * one, whatever its figures and name, only has its sentences and sizing worked out.
 */
function outlineCache() {
  let outlines = new Map<string, AnswerOutline>();
  return (fired: readonly FiredRule[], facts: WorkloadFacts): AnswerOutline => {
    const shape = facts.flows.map((flow) => `${flow.source}:${flow.arrival}:${+flow.media}${+flow.video}${+flow.tabular}`).join(',');
    const key = `${shape}|${fired.map(({ plan, flow }) => `${plan.ordinal}@${flow ?? ''}`).join(',')}`;
    let outline = outlines.get(key);
    if (!outline) {
      if (outlines.size >= MAX_OUTLINES) outlines = new Map();
      outline = outlineAnswer(fired, facts.flows);
      outlines.set(key, outline);
    }
    return outline;
  };
}

/**
 * Builds an advisor: loads and validates the rules once, compiles them once.
 *
 * @example
 * const advisor = createAdvisor({ dirs: ['./company-rules'] });
 * advisor.recommend({ ingestion: { mode: 'streaming', throughputMBps: 50 } }).pipeline;
 */
export function createAdvisor(options: AdvisorOptions = {}): Advisor {
  const ruleSet = options.ruleSet ?? loadRules(options);
  const evaluate = compileRuleSet(ruleSet);
  const plans = planRuleSet(ruleSet);
  const outlines = outlineCache();
  const outline = (facts: WorkloadFacts, firedPerFlow: ReadonlyArray<readonly LoadedRule[]>) => {
    // A rule that reads no flow fired alike for every flow: it speaks once, for the workload.
    const fired: FiredRule[] = [];
    firedPerFlow.forEach((rules, flow) => {
      for (const rule of rules) {
        const plan = plans.get(rule) as RulePlan;
        if (plan.flowScoped) fired.push({ plan, flow });
        else if (flow === 0) fired.push({ plan, flow: undefined });
      }
    });
    fired.sort((a, b) => a.plan.ordinal - b.plan.ordinal || (a.flow ?? -1) - (b.flow ?? -1));
    return outlines(fired, facts);
  };
  const { cost = true, whatWouldChange: listChanges = true } = options;
  const answer = (given: Workload, read: AppliedDescription, facts: WorkloadFacts, firedPerFlow: ReadonlyArray<readonly LoadedRule[]>, asked: AnswerOptions = {}) => {
    const { workload, ...description } = read;
    const filled = fillOutline(outline(facts, firedPerFlow), { workload, facts, description, rulesVersion: ruleSet.version });
    const changes = (asked.whatWouldChange ?? listChanges) ? whatWouldChange(advisor, given, filled) : undefined;
    return cost || changes ? addCostAndChanges(filled, given, { cost, changes }) : filled;
  };
  const fire = (given: Workload) => {
    const { read, facts, perFlow } = readForRules(given);
    return { read, facts, firedPerFlow: perFlow.map(evaluate) };
  };
  const recommendValidated = (given: Workload, asked?: AnswerOptions) => {
    const { read, facts, firedPerFlow } = fire(given);
    return answer(given, read, facts, firedPerFlow, asked);
  };
  const advisor: Advisor = {
    ruleSet,
    recommend: (input, asked) => recommendValidated(parseWorkload(input), asked),
    recommendValidated,
    rulesFired: (given) => {
      const fired = new Set(fire(given).firedPerFlow.flat());
      return ruleSet.rules.filter((rule) => fired.has(rule));
    },
    choices: (given) => {
      const { facts, firedPerFlow } = fire(given);
      const { items, order } = outline(facts, firedPerFlow);
      return order.map((index) => ({ service: items[index].service, role: items[index].role, rules: items[index].rules }));
    },
    answerFired: (workload, firedPerFlow) => {
      const { read, facts } = readForRules(workload);
      return answer(workload, read, facts, firedPerFlow);
    },
  };
  return advisor;
}

let defaultAdvisor: Advisor | undefined;

/** The advisor over the built-in rules, created on first use. */
export function getDefaultAdvisor(): Advisor {
  defaultAdvisor ??= createAdvisor();
  return defaultAdvisor;
}

/**
 * Recommends AWS data services for a workload, with the built-in rules: the
 * same answer as `POST /v1/recommendations`.
 *
 * @example
 * import { recommend } from 'aws-data-advisor';
 * const answer = await recommend({ data: { sources: ['iot-devices'] }, ingestion: { mode: 'streaming', throughputMBps: 20 } });
 * answer.pipeline.map((stage) => stage.services);
 */
export async function recommend(workload: WorkloadInput): Promise<Recommendation> {
  return getDefaultAdvisor().recommend(workload);
}
