import { planRuleSet, type RulePlan } from './answer/plan.js';
import { fillOutlineJson } from './answer-json.js';
import { createOutlineCache, fillOutline } from './answer/outline.js';
import { compileRuleSet, type RuleEvaluator } from './rules/evaluate.js';
import { WorkloadValidationError } from './errors.js';
import { type LoadedRule, type LoadRulesOptions, loadRules, type RuleSet } from './rules/load.js';
import type { Recommendation } from './answer/schema.js';
import type { AsyncRuleEvaluator } from './rules/reference-engine.js';
import { type Workload, WorkloadSchema } from './workload/schema.js';
import { toFieldErrors } from './workload/field-errors.js';

export interface AdvisorOptions extends LoadRulesOptions {
  /** A rule set already loaded; otherwise the built-in rules plus `dirs`. */
  ruleSet?: RuleSet;
}

/** The advisor bound to one rule set: evaluate once-compiled rules, assemble answers. */
export interface Advisor {
  readonly ruleSet: RuleSet;
  /**
   * Validates a workload and answers with the recommendation.
   * Throws {@link WorkloadValidationError} naming each bad field.
   */
  recommend(input: unknown): Recommendation;
  /** The same, for a workload already checked by {@link parseWorkload}. */
  recommendValidated(workload: Workload): Recommendation;
  /**
   * `JSON.stringify(recommendValidated(workload))`, character for character,
   * built without the answer's objects: what the HTTP API sends.
   */
  recommendValidatedJson(workload: Workload): string;
  /** The same answer computed by json-rules-engine itself, the reference evaluator. */
  recommendWithReferenceEngine(input: unknown): Promise<Recommendation>;
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
  if (!result.success) {
    const { errors, total } = toFieldErrors(result.error.issues);
    throw new WorkloadValidationError(errors, 'workload', total);
  }
  return result.data;
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
  const evaluate: RuleEvaluator = compileRuleSet(ruleSet);
  const plans = planRuleSet(ruleSet);
  const planned = (fired: readonly LoadedRule[]) => fired.map((rule) => plans.get(rule) as RulePlan);
  const outlines = createOutlineCache();
  const outlineOf = (workload: Workload) => outlines(planned(evaluate(workload)));
  let reference: AsyncRuleEvaluator | undefined;
  return {
    ruleSet,
    recommend(input) {
      return this.recommendValidated(parseWorkload(input));
    },
    recommendValidated(workload) {
      return fillOutline(outlineOf(workload), workload, ruleSet.version);
    },
    recommendValidatedJson(workload) {
      return fillOutlineJson(outlineOf(workload), workload, ruleSet.version);
    },
    async recommendWithReferenceEngine(input) {
      const workload = parseWorkload(input);
      // json-rules-engine is loaded only when the reference is asked for.
      reference ??= (await import('./rules/reference-engine.js')).createReferenceEvaluator(ruleSet);
      return fillOutline(outlines(planned(await reference(workload))), workload, ruleSet.version);
    },
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
