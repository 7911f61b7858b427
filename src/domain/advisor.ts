import { createOutlineCache, fillOutline } from './answer/outline.js';
import { planRuleSet, type RulePlan } from './answer/plan.js';
import type { Recommendation } from './answer/schema.js';
import { WorkloadValidationError } from './errors.js';
import { compileRuleSet } from './rules/evaluate.js';
import { type LoadedRule, type LoadRulesOptions, loadRules, type RuleSet } from './rules/load.js';
import { toFieldErrors } from './workload/field-errors.js';
import { type Workload, WorkloadSchema } from './workload/schema.js';

export interface AdvisorOptions extends LoadRulesOptions {
  /** A rule set already loaded; otherwise the built-in rules plus `dirs`. */
  ruleSet?: RuleSet;
}

/** The advisor bound to one rule set: rules evaluated by compiled closures, answers assembled from cached outlines. */
export interface Advisor {
  readonly ruleSet: RuleSet;
  /**
   * Validates a workload and answers with the recommendation.
   * Throws {@link WorkloadValidationError} naming each bad field.
   */
  recommend(input: unknown): Recommendation;
  /** The same, for a workload already checked by {@link parseWorkload}. */
  recommendValidated(workload: Workload): Recommendation;
  /** The answer to the rules that fired, in rule-set order: what any evaluator's result turns into. */
  answerFired(workload: Workload, fired: readonly LoadedRule[]): Recommendation;
}

/**
 * Checks a workload against the contract's schema and returns it typed.
 *
 * @example
 * parseWorkload({ latency: 'real-time' }); // { latency: 'real-time' }
 * parseWorkload({ latency: 'soon' }); // throws WorkloadValidationError, errors[0].path === '/latency'
 */
export function parseWorkload(input: unknown): Workload {
  const result = WorkloadSchema.safeParse(input);
  if (result.success) return result.data;
  const { errors, total } = toFieldErrors(result.error.issues);
  throw new WorkloadValidationError(errors, 'workload', total);
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
  const outlines = createOutlineCache();
  const answerFired = (workload: Workload, fired: readonly LoadedRule[]) =>
    fillOutline(outlines(fired.map((rule) => plans.get(rule) as RulePlan)), workload, ruleSet.version);
  return {
    ruleSet,
    recommend: (input) => {
      const workload = parseWorkload(input);
      return answerFired(workload, evaluate(workload));
    },
    recommendValidated: (workload) => answerFired(workload, evaluate(workload)),
    answerFired,
  };
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
export async function recommend(workload: unknown): Promise<Recommendation> {
  return getDefaultAdvisor().recommend(workload);
}
