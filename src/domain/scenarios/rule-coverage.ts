import type { Advisor } from '../advisor.js';
import { parseWorkload } from '../workload/parse-workload.js';
import { AdvisorError } from '../errors.js';
import type { LoadedRule } from '../rules/load.js';
import type { Scenario } from './scenario.js';

/** What a set of scenarios exercised of a rule set: rules that fired, services recommended, and what they never reached. */
export interface RuleCoverage {
  rules: { total: number; fired: number; neverFired: readonly LoadedRule[] };
  services: { total: number; recommended: number; neverRecommended: readonly string[] };
}

/**
 * Answers every scenario's workload and counts which rules fired (their
 * conditions held for a flow) and which services the answers recommended.
 * By default only the organisation's rules and services are counted;
 * `builtIn` counts the built-in ones too. A workload the advisor refuses
 * counts for nothing (`rules test` reports it).
 *
 * @example
 * ruleCoverage(createAdvisor({ dirs: ['company-rules'] }), scenarios).rules.neverFired.map((rule) => rule.id);
 */
export function ruleCoverage(advisor: Advisor, scenarios: readonly Scenario[], options: { builtIn?: boolean } = {}): RuleCoverage {
  const fired = new Set<LoadedRule>();
  const recommended = new Set<string>();
  for (const scenario of scenarios) {
    try {
      const workload = parseWorkload(scenario.workload);
      for (const rule of advisor.rulesFired(workload)) fired.add(rule);
      for (const item of advisor.recommendValidated(workload, { whatWouldChange: false }).recommendations) recommended.add(item.service);
    } catch (error) {
      if (!(error instanceof AdvisorError)) throw error;
    }
  }
  const { ruleSet } = advisor;
  const rules = ruleSet.rules.filter((rule) => options.builtIn || rule.source !== 'built-in');
  const services = options.builtIn ? ruleSet.catalog.entries.map((entry) => entry.id) : ruleSet.services.map((service) => service.id);
  const neverFired = rules.filter((rule) => !fired.has(rule));
  const neverRecommended = services.filter((id) => !recommended.has(id));
  return {
    rules: { total: rules.length, fired: rules.length - neverFired.length, neverFired },
    services: { total: services.length, recommended: services.length - neverRecommended.length, neverRecommended },
  };
}
